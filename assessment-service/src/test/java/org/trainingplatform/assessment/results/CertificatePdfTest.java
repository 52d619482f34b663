package org.trainingplatform.assessment.results;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.trainingplatform.assessment.certificate.CertificatePdf;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CertificatePdfTest {

    @Test
    void theCertificatePrintsVietnameseNamesAndTitlesAsWritten() throws Exception {
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Content("HHA-2022-000017", "Nguyễn Thị Tuyến",
                "Lớp 2 – bồi dưỡng cán bộ quy hoạch", "Nâng cao năng lực chỉ đạo, điều hành xây dựng TP xanh, thông minh",
                LocalDate.of(2022, 8, 8), LocalDate.of(2022, 8, 12), "Xuất sắc", List.of("hanoi-home-affairs"),
                "K7Q2M9X4TB", "https://verify.example/certificates/verify/K7Q2M9X4TB", false));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("GIẤY CHỨNG NHẬN", "Nguyễn Thị Tuyến", "Xếp loại: Xuất sắc", "08/08/2022", "HHA-2022-000017");
    }
}
