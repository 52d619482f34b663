package org.trainingplatform.assessment.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Renders a certificate of completion as a PDF, in Vietnamese, with an embedded Unicode font so that
 * every diacritic of a name prints as it should.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final BaseFont REGULAR = font("fonts/DejaVuSerif.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSerif-Bold.ttf");

    private CertificatePdf() {
    }

    /** What is printed on a certificate. */
    public record Content(String number, String holder, String classTitle, String programmeTitle, LocalDate startDate,
                          LocalDate endDate, String classification, List<String> organisers, String verificationCode,
                          String verificationUrl, boolean revoked) {
    }

    public static byte[] render(Content content) {
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Giấy chứng nhận " + content.number());
            document.open();
            line(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", BOLD, 13);
            line(document, "Độc lập - Tự do - Hạnh phúc", BOLD, 12);
            line(document, String.join(" – ", content.organisers()), REGULAR, 11);
            document.add(new Paragraph(" "));
            line(document, "GIẤY CHỨNG NHẬN", BOLD, 30);
            line(document, "HOÀN THÀNH KHÓA BỒI DƯỠNG", BOLD, 16);
            document.add(new Paragraph(" "));
            line(document, "Chứng nhận ông/bà: " + content.holder(), BOLD, 20);
            line(document, "Đã hoàn thành " + content.classTitle(), REGULAR, 14);
            line(document, "Chương trình: " + content.programmeTitle(), REGULAR, 13);
            line(document, "Thời gian: từ ngày " + DATE.format(content.startDate()) + " đến ngày "
                    + DATE.format(content.endDate()), REGULAR, 13);
            line(document, "Xếp loại: " + content.classification(), BOLD, 14);
            document.add(new Paragraph(" "));
            line(document, "Số: " + content.number(), REGULAR, 11);
            line(document, "Mã xác thực: " + content.verificationCode() + " – kiểm tra tại " + content.verificationUrl(), REGULAR, 10);
            if (content.revoked()) {
                line(document, "ĐÃ THU HỒI", BOLD, 20);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The certificate " + content.number() + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static void line(Document document, String text, BaseFont font, float size) {
        Paragraph paragraph = new Paragraph(text, new Font(font, size));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private static BaseFont font(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
