package org.trainingplatform.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Refuses request bodies over the limit with 413 before anything reads them, and keeps the body of
 * the rest so that it can be read twice (the idempotency check hashes it). Multipart uploads are left
 * to the servlet container's own limits.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final long maxBytes;

    RequestBodyLimitFilter(DataSize max) {
        this.maxBytes = max.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !WITH_BODY.contains(request.getMethod())
                || (contentType != null && contentType.toLowerCase().startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                "The request body is larger than " + maxBytes + " bytes");
    }
}
