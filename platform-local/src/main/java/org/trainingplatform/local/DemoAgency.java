package org.trainingplatform.local;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;
import java.util.List;

/**
 * An agency whose system calls the platform in local runs: its client id is the agency id and its
 * client secret is {@code <agency id>-secret}.
 */
record DemoAgency(String id, String name) {

    static final String SCOPE = "platform";

    static final List<DemoAgency> ALL = List.of(
            new DemoAgency("hanoi-home-affairs", "Sở Nội vụ Hà Nội"),
            new DemoAgency("academy-construction", "Học viện Cán bộ quản lý xây dựng và đô thị (Bộ Xây dựng)"),
            new DemoAgency("tien-giang-construction", "Sở Xây dựng Tiền Giang"),
            new DemoAgency("hanoi-organisation-board", "Ban Tổ chức Thành ủy Hà Nội"),
            new DemoAgency("ba-dinh-district", "Quận ủy Ba Đình"),
            new DemoAgency("dong-da-district", "Quận ủy Đống Đa"),
            new DemoAgency("beijing-party-school", "Trường Đảng Bắc Kinh (host agency abroad)"));

    String secret() {
        return id + "-secret";
    }

    RegisteredClient client() {
        return RegisteredClient.withId(id)
                .clientId(id)
                .clientName(name)
                .clientSecret("{noop}" + secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(SCOPE)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
                .build();
    }
}
