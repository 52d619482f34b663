package org.trainingplatform.support.embedded;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.trainingplatform.support.embedded.WebEndpoint.escape;

/** The pages a person reads in the browser: the inbox, and one mail as its recipient would see it. */
final class MailInboxPages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private static final String STYLE = """
            <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}
            td,th{border-bottom:1px solid #ddd;padding:.4em;text-align:left;vertical-align:top}
            iframe{width:100%;height:32em;border:1px solid #ccc}pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}
            </style>""";

    private MailInboxPages() {
    }

    static String list(List<ReceivedMail> mails) {
        StringBuilder rows = new StringBuilder();
        for (ReceivedMail mail : mails) {
            rows.append("<tr><td>").append(TIME.format(mail.receivedAt()))
                    .append("</td><td>").append(escape(String.join(", ", mail.to())))
                    .append("</td><td><a href=\"/messages/").append(mail.id()).append("\">")
                    .append(mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : escape(mail.subject()))
                    .append("</a></td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="5">
                <title>Mail inbox</title>%s</head>
                <body><h1>Mail inbox</h1>
                <p>%d message(s), newest first &middot; JSON: <a href="/api/messages">/api/messages</a></p>
                <table><tr><th>Received</th><th>To</th><th>Subject</th></tr>
                %s</table></body></html>
                """.formatted(STYLE, mails.size(), rows);
    }

    static String message(ReceivedMail mail) {
        String html = mail.html() == null ? "<p>No HTML part.</p>"
                : "<iframe sandbox srcdoc=\"" + escape(mail.html()) + "\"></iframe>";
        String text = mail.text() == null ? "<p>No plain-text part.</p>" : "<pre>" + escape(mail.text()) + "</pre>";
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%s</title>%s</head>
                <body><p><a href="/">&larr; Inbox</a></p><h1>%s</h1>
                <table><tr><th>Received</th><td>%s</td></tr><tr><th>From</th><td>%s</td></tr>
                <tr><th>To</th><td>%s</td></tr></table>
                <h2>HTML</h2>%s<h2>Plain text</h2>%s</body></html>
                """.formatted(escape(mail.subject()), STYLE, escape(mail.subject()), TIME.format(mail.receivedAt()),
                escape(mail.from()), escape(String.join(", ", mail.to())), html, text);
    }
}
