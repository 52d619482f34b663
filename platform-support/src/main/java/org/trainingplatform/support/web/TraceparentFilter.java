package org.trainingplatform.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trainingplatform.support.events.CloudEventHeaders;
import org.trainingplatform.support.events.TraceContext;

import java.io.IOException;

/** Continues the caller's W3C trace (or starts one) for the request, and answers with it. */
class TraceparentFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceparent = TraceContext.continueOrStart(request.getHeader(CloudEventHeaders.TRACEPARENT));
        response.setHeader(CloudEventHeaders.TRACEPARENT, traceparent);
        MDC.put("traceId", traceparent.substring(3, 35));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("traceId");
            TraceContext.clear();
        }
    }
}
