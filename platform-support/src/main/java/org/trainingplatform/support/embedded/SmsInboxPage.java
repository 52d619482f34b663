package org.trainingplatform.support.embedded;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.trainingplatform.support.embedded.WebEndpoint.escape;

/** The page a person reads to see the text messages the gateway received. */
final class SmsInboxPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private SmsInboxPage() {
    }

    static String render(List<SmsMessage> messages, boolean down) {
        StringBuilder rows = new StringBuilder();
        for (SmsMessage message : messages) {
            rows.append("<tr><td>").append(TIME.format(message.receivedAt()))
                    .append("</td><td>").append(escape(message.to()))
                    .append("</td><td>").append(escape(message.sender()))
                    .append("</td><td class=\"text\">").append(escape(message.text()))
                    .append("</td><td>").append(message.segments()).append(' ').append(message.encoding())
                    .append("</td><td>").append(escape(message.clientReference()))
                    .append("</td><td>").append(escape(message.apiKey()))
                    .append("</td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
                <title>SMS gateway</title>
                <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%%}
                td,th{border-bottom:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}
                .text{white-space:pre-wrap}.down{color:#b00}</style></head>
                <body><h1>SMS gateway simulator</h1>
                <p>%s &middot; %d message(s), newest first &middot; JSON: <a href="/api/sms">/api/sms</a></p>
                <table><tr><th>Received</th><th>To</th><th>Sender</th><th>Text</th><th>Segments</th>
                <th>Client reference</th><th>API key</th></tr>
                %s</table></body></html>
                """.formatted(down ? "<strong class=\"down\">Simulating an outage: messages are refused with 503</strong>"
                : "Accepting messages", messages.size(), rows);
    }
}
