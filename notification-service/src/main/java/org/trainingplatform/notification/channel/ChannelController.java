package org.trainingplatform.notification.channel;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.notification.channel.ChannelSettings.SmsChange;
import org.trainingplatform.notification.channel.ChannelSettings.SmtpChange;
import org.trainingplatform.support.security.Caller;

import java.time.LocalTime;
import java.util.Optional;

@Tag(name = "Channels", description = "The caller's own SMTP relay and SMS gateway, used for the messages of the "
        + "classes it organises; credentials are stored encrypted and never returned")
@RestController
@RequestMapping("/api/channels")
class ChannelController {

    private static final String TIME = "([01][0-9]|2[0-3]):[0-5][0-9]";

    private final ChannelSettings settings;
    private final Providers providers;

    ChannelController(ChannelSettings settings, Providers providers) {
        this.settings = settings;
        this.providers = providers;
    }

    @Operation(summary = "The caller's channels: its own where configured, else the platform's",
            description = "Says whether a password or API key is stored, never what it is.")
    @GetMapping
    ChannelsView get(Caller caller) {
        return ChannelsView.of(settings.find(caller.agencyId()), settings.platformQuietHours());
    }

    @Operation(summary = "Replace the caller's channels",
            description = "Leave smtp or sms out to use the platform's. A password or API key left out keeps the "
                    + "stored one, as long as the host (SMTP) or URL (SMS) stays the same.")
    @PutMapping
    ChannelsView replace(Caller caller, @Valid @RequestBody ChannelsRequest request) {
        QuietHours quietHours = request.quietHours() == null ? null
                : new QuietHours(LocalTime.parse(request.quietHours().start()), LocalTime.parse(request.quietHours().end()));
        SmtpRequest smtp = request.smtp();
        SmsRequest sms = request.sms();
        AgencyChannels saved = settings.replace(caller.agencyId(),
                smtp == null ? null : new SmtpChange(smtp.host().strip(), smtp.port(), smtp.username(), smtp.password(),
                        smtp.fromAddress().strip(), smtp.fromName(), Boolean.TRUE.equals(smtp.startTls())),
                sms == null ? null : new SmsChange(sms.url().strip(), sms.apiKey(), sms.senderName()),
                Boolean.TRUE.equals(request.smsWithoutDiacritics()), quietHours);
        providers.changed(caller.agencyId());
        return ChannelsView.of(Optional.of(saved), settings.platformQuietHours());
    }

    record ChannelsRequest(@Valid SmtpRequest smtp, @Valid SmsRequest sms,
                           @Schema(description = "Send SMS without Vietnamese diacritics (GSM-7: 160 characters "
                                   + "per SMS instead of 70)") Boolean smsWithoutDiacritics,
                           @Valid QuietHoursRequest quietHours) {
    }

    record SmtpRequest(@NotBlank @Size(max = 255) String host, @NotNull @Min(1) @Max(65535) Integer port,
                       @Size(max = 255) String username,
                       @Schema(accessMode = Schema.AccessMode.WRITE_ONLY) @Size(max = 500) String password,
                       @NotBlank @Email @Size(max = 255) String fromAddress, @Size(max = 200) String fromName,
                       Boolean startTls) {

        @Override
        public String toString() {
            return "SmtpRequest[" + host + ":" + port + ", username=" + username + ", password=******]";
        }
    }

    record SmsRequest(@NotBlank @Size(max = 500) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL")
                      String url,
                      @Schema(accessMode = Schema.AccessMode.WRITE_ONLY) @Size(max = 500) String apiKey,
                      @Size(max = 20) String senderName) {

        @Override
        public String toString() {
            return "SmsRequest[" + url + ", apiKey=******, senderName=" + senderName + "]";
        }
    }

    record QuietHoursRequest(@NotNull @Pattern(regexp = TIME, message = "must be a time of day such as 21:00") String start,
                             @NotNull @Pattern(regexp = TIME, message = "must be a time of day such as 07:00") String end) {
    }

    record ChannelsView(EmailView email, SmsView sms, boolean smsWithoutDiacritics, QuietHoursView quietHours) {

        static ChannelsView of(Optional<AgencyChannels> own, QuietHours platformQuietHours) {
            var smtp = own.map(AgencyChannels::smtp);
            var sms = own.map(AgencyChannels::sms);
            var quiet = own.map(AgencyChannels::quietHours);
            return new ChannelsView(
                    smtp.map(s -> new EmailView("AGENCY", s.host(), s.port(), s.username(), s.password() != null,
                            s.fromAddress(), s.fromName(), s.startTls())).orElse(EmailView.PLATFORM),
                    sms.map(s -> new SmsView("AGENCY", s.url(), s.apiKey() != null, s.senderName())).orElse(SmsView.PLATFORM),
                    own.map(AgencyChannels::smsWithoutDiacritics).orElse(false),
                    quiet.map(q -> new QuietHoursView("AGENCY", q.start().toString(), q.end().toString()))
                            .orElse(new QuietHoursView("PLATFORM", platformQuietHours.start().toString(),
                                    platformQuietHours.end().toString())));
        }
    }

    record EmailView(@Schema(description = "AGENCY (its own relay) or PLATFORM") String provider, String host,
                     Integer port, String username, boolean passwordConfigured, String fromAddress, String fromName,
                     boolean startTls) {
        static final EmailView PLATFORM = new EmailView("PLATFORM", null, null, null, false, null, null, false);
    }

    record SmsView(@Schema(description = "AGENCY (its own gateway) or PLATFORM") String provider, String url,
                   boolean apiKeyConfigured, String senderName) {
        static final SmsView PLATFORM = new SmsView("PLATFORM", null, false, null);
    }

    record QuietHoursView(String source, String start, String end) {
    }
}
