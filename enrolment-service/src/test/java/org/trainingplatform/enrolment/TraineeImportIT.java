package org.trainingplatform.enrolment;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingplatform.enrolment.EnrolmentApi.expect;

/**
 * Reference scenario S3 (Tiền Giang, smart-city overview): about 200 officials from departments, the
 * city, districts and communes are registered from one spreadsheet export, some rows of which are bad.
 */
@PlatformIntegrationTest
class TraineeImportIT {

    static final String TIEN_GIANG = "tien-giang-construction";

    @LocalServerPort
    int port;

    @Test
    void goodRowsAreRegisteredBadRowsReportedAndASecondImportChangesNothing() {
        EnrolmentApi agency = EnrolmentApi.as(port, TIEN_GIANG);
        String code = "TG" + System.nanoTime() + "-";
        StringBuilder csv = new StringBuilder("\uFEFFpersonnelCode,fullName,position,unit,email,phone,preferredLanguage\n");
        String[] units = {"Sở Xây dựng", "UBND thành phố Mỹ Tho", "UBND huyện Châu Thành", "UBND xã Tân Hương"};
        for (int i = 1; i <= 196; i++) {
            csv.append(code).append(i).append(",Nguyễn Văn Thành ").append(i).append(",Chuyên viên,")
                    .append(units[i % units.length]).append(",thanh").append(i).append("@tiengiang.gov.vn,")
                    .append("0903").append(String.format("%06d", i)).append(",vi\n");
        }
        csv.append(code).append("bad-1,,Chuyên viên,Sở Xây dựng,,0903000999,vi\n");
        csv.append(code).append("bad-2,Lê Thị Mai,Chuyên viên,Sở Xây dựng,not-an-email,0903000998,vi\n");
        csv.append(code).append("bad-3,Trần Văn Út,Chuyên viên,Sở Xây dựng,,0241234567,vi\n");
        csv.append(code).append("bad-4,Võ Minh Tâm,Chuyên viên,Sở Xây dựng,,0903000997,fr\n");
        csv.append(",Đặng Thị Hằng,Chuyên viên,Sở Xây dựng,,,vi\n");
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        JsonNode first = expect(agency.http().post("/api/trainees/import", "text/csv", file), 200);
        assertThat(first.get("created").asInt()).isEqualTo(196);
        assertThat(first.get("rejected").asInt()).isEqualTo(5);
        assertThat(rejected(first)).containsExactly(
                "198 fullName", "199 email", "200 phone", "201 preferredLanguage", "202 personnelCode");
        assertThat(first.get("rows").get(198).get("errors").get(0).get("message").asString())
                .contains("not a Vietnamese mobile number");

        JsonNode again = expect(agency.http().post("/api/trainees/import", "text/csv", file), 200);
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("alreadyRegistered").asInt()).isEqualTo(196);
        assertThat(again.get("rows").findValuesAsString("traineeId"))
                .containsExactlyElementsOf(first.get("rows").findValuesAsString("traineeId"));

        JsonNode found = expect(agency.http().get("/api/trainees?q=nguyen%20van%20thanh%20193"), 200);
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("phone").asString()).isEqualTo("+84903000193");
        assertThat(found.get(0).get("unit").asString()).isEqualTo("UBND thành phố Mỹ Tho");
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedAsAWhole() {
        JsonNode problem = expect(EnrolmentApi.as(port, TIEN_GIANG).http().post("/api/trainees/import", "text/csv",
                "name,job\nA,B\n".getBytes(StandardCharsets.UTF_8)), 422);
        assertThat(problem.get("code").asString()).isEqualTo("invalid-csv-header");
        assertThat(problem.get("detail").asString()).contains("missing [fullName, position]", "unknown [name, job]");
    }

    private static List<String> rejected(JsonNode report) {
        return report.get("rows").valueStream().filter(r -> r.get("status").asString().equals("REJECTED"))
                .map(r -> r.get("line").asInt() + " " + r.get("errors").get(0).get("field").asString()).toList();
    }
}
