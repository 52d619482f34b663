package org.trainingplatform.local;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalPlatformSettingsTest {

    @Test
    void usesTheDocumentedPortsByDefault() {
        LocalPlatformSettings settings = LocalPlatformSettings.from(new String[0]);

        assertThat(settings.ports()).containsEntry("mongo-port", 27017).containsEntry("kafka-port", 9092)
                .containsEntry("kafka-controller-port", 9093).containsEntry("smtp-port", 3025)
                .containsEntry("mail-inbox-port", 8025).containsEntry("sms-port", 8089)
                .containsEntry("auth-port", 9000).containsEntry("enrolment-port", 8081)
                .containsEntry("scheduling-port", 8082).containsEntry("assessment-port", 8083)
                .containsEntry("notification-port", 8084);
        assertThat(settings.issuer()).isEqualTo("http://localhost:9000");
        assertThat(settings.dataDir()).isEqualTo(settings.repository().resolve(".local-data"));
        assertThat(settings.serviceJvmOptions()).contains("-XX:+UseSerialGC", "-Xmx160m");
    }

    @Test
    void takesOptionsFromTheCommandLine() {
        LocalPlatformSettings settings = LocalPlatformSettings.from(new String[]{
                "--kafka-port=19092", "--auth-port=19000", "--enrolment-port=18081", "--data-dir=/tmp/platform",
                "--service-jvm-options=-Xmx256m -XX:+UseG1GC", "--logging.level.root=INFO"});

        assertThat(settings.kafkaPort()).isEqualTo(19092);
        assertThat(settings.issuer()).isEqualTo("http://localhost:19000");
        assertThat(settings.serviceUrl(PlatformService.ENROLMENT)).isEqualTo("http://localhost:18081");
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/platform"));
        assertThat(settings.logsDir()).isEqualTo(Path.of("/tmp/platform/logs"));
        assertThat(settings.serviceJvmOptions()).containsExactly("-Xmx256m", "-XX:+UseG1GC");
    }

    @Test
    void extraServiceJvmOptionsFollowTheDefaults() {
        LocalPlatformSettings settings = LocalPlatformSettings.from(new String[]{
                "--extra-service-jvm-options=-Dplatform.notification.quiet-hours.start=00:00 -XX:+UseStringDeduplication"});

        assertThat(settings.serviceJvmOptions()).contains("-XX:+UseSerialGC", "-Xmx160m").endsWith(
                "-Dplatform.notification.quiet-hours.start=00:00", "-XX:+UseStringDeduplication");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatIllegalArgumentException().isThrownBy(() -> LocalPlatformSettings.from(new String[]{"--kafka-prot=1"}))
                .withMessageContaining("--kafka-prot").withMessageContaining("kafka-port");
    }

    @Test
    void namesServicesShortOrInFull() {
        assertThat(PlatformService.named("enrolment")).contains(PlatformService.ENROLMENT);
        assertThat(PlatformService.named("Notification-Service")).contains(PlatformService.NOTIFICATION);
        assertThat(PlatformService.named("billing")).isEmpty();
        assertThat(PlatformService.SCHEDULING.portVariable()).isEqualTo("SCHEDULING_PORT");
    }
}
