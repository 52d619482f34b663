package org.trainingplatform.assessment.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.time.format.DateTimeFormatter;

/**
 * The public check of a certificate, for anyone holding its code (an employer, another agency): valid
 * or revoked, and what the certificate itself says, nothing more about the person.
 */
@Tag(name = "Certificate verification", description = "Public: no token needed")
@RestController
class VerificationController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Results results;

    VerificationController(Results results) {
        this.results = results;
    }

    @Operation(summary = "Check a certificate by its verification code")
    @GetMapping(value = "/certificates/verify/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    Verification verify(@PathVariable String code) {
        return Verification.of(results.verify(code));
    }

    @GetMapping(value = "/certificates/verify/{code}", produces = MediaType.TEXT_HTML_VALUE)
    String page(@PathVariable String code) {
        Verification v = Verification.of(results.verify(code));
        String status = v.valid() ? "<p class=\"valid\">✔ Giấy chứng nhận hợp lệ (valid)</p>"
                : "<p class=\"revoked\">✘ Giấy chứng nhận đã bị thu hồi (revoked)</p>";
        return """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Xác thực giấy chứng nhận %s</title>
                <style>body{font-family:sans-serif;max-width:40em;margin:3em auto}.valid{color:#16723a}.revoked{color:#b3261e}
                dt{font-weight:bold;margin-top:.6em}</style></head><body>
                <h1>Xác thực giấy chứng nhận</h1>%s<dl>
                <dt>Số</dt><dd>%s</dd><dt>Người được cấp</dt><dd>%s</dd><dt>Lớp</dt><dd>%s</dd>
                <dt>Chương trình</dt><dd>%s</dd><dt>Thời gian</dt><dd>%s – %s</dd><dt>Xếp loại</dt><dd>%s</dd>
                <dt>Đơn vị tổ chức</dt><dd>%s</dd></dl></body></html>"""
                .formatted(escape(v.number()), status, escape(v.number()), escape(v.holder()), escape(v.classTitle()),
                        escape(v.programmeTitle()), v.startDate(), v.endDate(), escape(v.classification()),
                        escape(String.join(", ", v.organisers())));
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }

    record Verification(boolean valid, boolean revoked, String revocationReason, String number, String holder,
                        String classTitle, String programmeTitle, String startDate, String endDate, String classification,
                        java.util.List<String> organisers) {

        static Verification of(Results.IssuedCertificate issued) {
            var certificate = issued.holder().certificate();
            var r = issued.results();
            return new Verification(!certificate.isRevoked(), certificate.isRevoked(), certificate.revocationReason(),
                    certificate.number(), issued.holder().fullName(), r.classTitle(), r.programmeTitle(),
                    DATE.format(r.startDate()), DATE.format(r.endDate()),
                    ClassificationNames.vietnamese(issued.holder().classification()), r.organiserNames());
        }
    }
}
