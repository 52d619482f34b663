package org.trainingplatform.notification.channel;

import org.springframework.stereotype.Service;
import org.trainingplatform.notification.channel.AgencyChannels.SmsGateway;
import org.trainingplatform.notification.channel.AgencyChannels.SmtpRelay;
import org.trainingplatform.support.persistence.AggregateUpdates;
import org.trainingplatform.support.web.InvalidFieldException;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/** Each agency's channels, and the platform's for whatever an agency has not configured. */
@Service
public class ChannelSettings {

    private final AgencyChannelsRepository repository;
    private final SecretBox secrets;
    private final ChannelProperties platform;
    private final AggregateUpdates updates;
    private final Clock clock;

    ChannelSettings(AgencyChannelsRepository repository, SecretBox secrets, ChannelProperties platform,
                    AggregateUpdates updates, Clock clock) {
        this.repository = repository;
        this.secrets = secrets;
        this.platform = platform;
        this.updates = updates;
        this.clock = clock;
    }

    public SendingPolicy policy(String agencyId) {
        return policyOf(repository.findById(agencyId));
    }

    SendingPolicy policyOf(Optional<AgencyChannels> own) {
        QuietHours quietHours = own.map(AgencyChannels::quietHours)
                .orElse(new QuietHours(platform.quietHours().start(), platform.quietHours().end()));
        return new SendingPolicy(quietHours, own.map(AgencyChannels::smsWithoutDiacritics).orElse(false));
    }

    Optional<AgencyChannels> find(String agencyId) {
        return repository.findById(agencyId);
    }

    QuietHours platformQuietHours() {
        return new QuietHours(platform.quietHours().start(), platform.quietHours().end());
    }

    /**
     * Replaces the agency's channels. A password or API key left out keeps the stored one, but only
     * for the same server: a credential is never sent to a host it was not given for.
     */
    AgencyChannels replace(String agencyId, SmtpChange smtp, SmsChange sms, boolean smsWithoutDiacritics,
                           QuietHours quietHours) {
        return updates.update(agencyId, () -> {
            AgencyChannels channels = repository.findById(agencyId).orElseGet(() -> AgencyChannels.of(agencyId));
            channels.replace(smtpRelay(agencyId, smtp, channels.smtp()), smsGateway(agencyId, sms, channels.sms()),
                    smsWithoutDiacritics, quietHours, clock.instant());
            return repository.save(channels);
        });
    }

    private SmtpRelay smtpRelay(String agencyId, SmtpChange change, SmtpRelay stored) {
        if (change == null) {
            return null;
        }
        EncryptedSecret password;
        if (change.password() != null && !change.password().isEmpty()) {
            password = secrets.seal(change.password(), agencyId);
        } else if (stored != null && stored.password() != null && stored.host().equals(change.host())
                && Objects.equals(stored.username(), change.username())) {
            password = stored.password();
        } else if (change.username() != null && !change.username().isBlank()) {
            throw new InvalidFieldException("smtp.password", "is required with a username (no password is stored for "
                    + change.host() + ")");
        } else {
            password = null;
        }
        return new SmtpRelay(change.host(), change.port(), blankToNull(change.username()), password,
                change.fromAddress(), blankToNull(change.fromName()), change.startTls());
    }

    private SmsGateway smsGateway(String agencyId, SmsChange change, SmsGateway stored) {
        if (change == null) {
            return null;
        }
        EncryptedSecret apiKey;
        if (change.apiKey() != null && !change.apiKey().isEmpty()) {
            apiKey = secrets.seal(change.apiKey(), agencyId);
        } else if (stored != null && stored.url().equals(change.url())) {
            apiKey = stored.apiKey();
        } else {
            throw new InvalidFieldException("sms.apiKey", "is required (no API key is stored for " + change.url() + ")");
        }
        return new SmsGateway(change.url(), apiKey, blankToNull(change.senderName()));
    }

    /** The relay an agency's email goes through: its own, or the platform's. */
    SmtpSettings smtpFor(Optional<AgencyChannels> own) {
        ChannelProperties.Email defaults = platform.email();
        return own.map(AgencyChannels::smtp).map(relay -> new SmtpSettings(relay.host(), relay.port(), relay.username(),
                        relay.password() == null ? null : secrets.open(relay.password(), own.get().agencyId()),
                        relay.fromAddress(), relay.fromName(), relay.startTls(), defaults.connectTimeout(),
                        defaults.readTimeout()))
                .orElseGet(() -> new SmtpSettings(defaults.host(), defaults.port(), defaults.username(),
                        defaults.password(), defaults.fromAddress(), defaults.fromName(), defaults.startTls(),
                        defaults.connectTimeout(), defaults.readTimeout()));
    }

    /** The gateway an agency's SMS go through: its own, or the platform's. */
    SmsSettings smsFor(Optional<AgencyChannels> own) {
        ChannelProperties.Sms defaults = platform.sms();
        return own.map(AgencyChannels::sms).map(gateway -> new SmsSettings(URI.create(gateway.url()),
                        secrets.open(gateway.apiKey(), own.get().agencyId()),
                        gateway.senderName() == null ? defaults.sender() : gateway.senderName(),
                        defaults.connectTimeout(), defaults.readTimeout()))
                .orElseGet(() -> new SmsSettings(sendEndpoint(defaults.url()), defaults.apiKey(), defaults.sender(),
                        defaults.connectTimeout(), defaults.readTimeout()));
    }

    /** The platform's gateway may be given by its base URL (as the local platform does): it sends at /api/sms. */
    static URI sendEndpoint(URI url) {
        String path = url.getPath();
        return path == null || path.isEmpty() || path.equals("/") ? url.resolve("/api/sms") : url;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A new SMTP relay for an agency; the password is in clear only on its way in. */
    record SmtpChange(String host, int port, String username, String password, String fromAddress, String fromName,
                      boolean startTls) {

        @Override
        public String toString() {
            return "SmtpChange[" + host + ":" + port + ", username=" + username + ", password=******]";
        }
    }

    /** A new SMS gateway for an agency; the API key is in clear only on its way in. */
    record SmsChange(String url, String apiKey, String senderName) {

        @Override
        public String toString() {
            return "SmsChange[" + url + ", apiKey=******, sender=" + senderName + "]";
        }
    }
}
