package org.trainingplatform.notification.channel;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSmsGatewayTest {

    @Test
    void theGatewayGivenByItsBaseUrlSendsAtApiSmsAndAFullEndpointIsKept() {
        assertThat(ChannelSettings.sendEndpoint(URI.create("http://localhost:8089")))
                .isEqualTo(URI.create("http://localhost:8089/api/sms"));
        assertThat(ChannelSettings.sendEndpoint(URI.create("http://localhost:8089/")))
                .isEqualTo(URI.create("http://localhost:8089/api/sms"));
        assertThat(ChannelSettings.sendEndpoint(URI.create("https://sms.example.vn/v2/messages")))
                .isEqualTo(URI.create("https://sms.example.vn/v2/messages"));
    }
}
