package org.trainingplatform.support.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the agency and roles carried by the access token. This is the one place that
 * resolves the caller's agency; controllers receive it as a method parameter and pass the agency id
 * to every query and command.
 */
public record Caller(String agencyId, Set<String> roles) {

    public static final String AGENCY_CLAIM = "agency_id";
    public static final String ROLES_CLAIM = "roles";

    /** The caller of the request in hand, if it is authenticated with an agency token. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        String agency = token.getToken().getClaimAsString(AGENCY_CLAIM);
        if (agency == null || agency.isBlank()) {
            return Optional.empty();
        }
        List<String> roles = token.getToken().getClaimAsStringList(ROLES_CLAIM);
        return Optional.of(new Caller(agency, roles == null ? Set.of() : Set.copyOf(roles)));
    }

    static Caller required() {
        return current().orElseThrow(() -> new AccessDeniedException("The access token names no agency"));
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
