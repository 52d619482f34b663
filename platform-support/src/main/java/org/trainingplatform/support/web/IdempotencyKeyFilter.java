package org.trainingplatform.support.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;
import org.trainingplatform.support.security.Caller;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Makes a retried POST safe: the first request with an {@code Idempotency-Key} runs and its response
 * is kept (per agency and key); a retry with the same key and the same request gets that response
 * again without running twice. The same key with a different request is refused (422), and a retry
 * while the first is still running gets 409. A server error forgets the key, so the client may retry.
 */
class IdempotencyKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String COLLECTION = "idempotency_keys";
    private static final int MAX_KEY_LENGTH = 200;

    private final MongoTemplate mongo;

    IdempotencyKeyFilter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        var caller = Caller.current();
        CachedBodyRequest cached = WebUtils.getNativeRequest(request, CachedBodyRequest.class);
        if (caller.isEmpty() || cached == null) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            ProblemResponses.write(response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Idempotency-Key must have 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        String id = caller.get().agencyId() + ":" + key;
        String fingerprint = fingerprint(request, cached.body());
        try {
            mongo.insert(new Document("_id", id).append("fingerprint", fingerprint).append("state", "RUNNING")
                    .append("createdAt", new Date()), COLLECTION);
        } catch (DuplicateKeyException seenBefore) {
            replay(mongo.findById(id, Document.class, COLLECTION), fingerprint, response);
            return;
        }
        var recorder = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorder);
        } catch (IOException | ServletException | RuntimeException e) {
            forget(id);
            throw e;
        }
        if (recorder.getStatus() >= 500) {
            forget(id);
        } else {
            mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("state", "DONE")
                    .set("status", recorder.getStatus())
                    .set("contentType", recorder.getContentType())
                    .set("location", recorder.getHeader("Location"))
                    .set("body", new Binary(recorder.getContentAsByteArray())), COLLECTION);
        }
        recorder.copyBodyToResponse();
    }

    private void replay(Document earlier, String fingerprint, HttpServletResponse response) throws IOException {
        if (earlier == null) {
            ProblemResponses.write(response, HttpStatus.CONFLICT, "idempotency-key-in-use",
                    "A request with this Idempotency-Key is being handled; retry shortly");
        } else if (!fingerprint.equals(earlier.getString("fingerprint"))) {
            ProblemResponses.write(response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "This Idempotency-Key was used for a different request");
        } else if (!"DONE".equals(earlier.getString("state"))) {
            ProblemResponses.write(response, HttpStatus.CONFLICT, "idempotency-key-in-use",
                    "A request with this Idempotency-Key is being handled; retry shortly");
        } else {
            response.setStatus(earlier.getInteger("status"));
            if (earlier.getString("contentType") != null) {
                response.setContentType(earlier.getString("contentType"));
            }
            if (earlier.getString("location") != null) {
                response.setHeader("Location", earlier.getString("location"));
            }
            response.setHeader("Idempotent-Replayed", "true");
            response.getOutputStream().write(earlier.get("body", Binary.class).getData());
        }
    }

    private void forget(String id) {
        mongo.remove(Query.query(where("_id").is(id)), COLLECTION);
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n")
                    .getBytes(UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
