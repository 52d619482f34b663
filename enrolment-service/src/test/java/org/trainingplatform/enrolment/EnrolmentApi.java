package org.trainingplatform.enrolment;

import org.trainingplatform.support.testing.Http;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The enrolment API as an agency's system calls it, with the reference scenarios' data. */
public final class EnrolmentApi {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String DEPUTY_DIRECTOR = "Phó Giám đốc Sở";

    private final Http http;

    private EnrolmentApi(Http http) {
        this.http = http;
    }

    public static EnrolmentApi as(int port, String agencyId) {
        return new EnrolmentApi(Http.at(port).as(agencyId));
    }

    public Http http() {
        return http;
    }

    public void describeAgency(String name) {
        expect(http.put("/api/agencies/me", "{\"name\":\"" + name + "\",\"kind\":\"DEPARTMENT\"}"), 200);
    }

    public String registerTrainee(String fullName, String position, String pipelinePosition) {
        String body = """
                {"personnelCode":"%s","fullName":"%s","position":"%s","pipelinePosition":%s,"unit":"Sở Xây dựng",
                 "email":"%s@hanoi.gov.vn","phone":"0912345678","preferredLanguage":"vi"}"""
                .formatted(UUID.randomUUID(), fullName, position,
                        pipelinePosition == null ? "null" : "\"" + pipelinePosition + "\"", UUID.randomUUID());
        return expect(http.post("/api/trainees", body), 201).get("id").asString();
    }

    public String createProgramme(String title) {
        return expect(http.post("/api/programmes", "{\"title\":\"" + title + "\"}"), 201).get("id").asString();
    }

    public String draftClass(String programmeId, String title, List<String> coOrganisers, List<String> nominators,
                             List<String> positions, int capacity, String quotasJson, boolean autoApprove) {
        String body = """
                {"title":"%s","coOrganiserAgencyIds":%s,"nominatingAgencyIds":%s,"targetPositions":%s,
                 "capacity":%d,"seatQuotas":%s,"startDate":"2022-08-08","endDate":"2022-08-12",
                 "venue":"Học viện Cán bộ quản lý xây dựng và đô thị","autoApprove":%s}"""
                .formatted(title, json(coOrganisers), json(nominators), json(positions), capacity, quotasJson, autoApprove);
        return expect(http.post("/api/programmes/" + programmeId + "/classes", body), 201).get("id").asString();
    }

    public JsonNode open(String classId) {
        return expect(http.post("/api/classes/" + classId + "/open", ""), 200);
    }

    public HttpResponse<String> nominate(String classId, String traineeId) {
        return http.post("/api/classes/" + classId + "/nominations", "{\"traineeId\":\"" + traineeId + "\"}");
    }

    public JsonNode roster(String classId) {
        return expect(http.get("/api/classes/" + classId + "/roster"), 200);
    }

    public static JsonNode expect(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response.body().isEmpty() ? null : JSON.readTree(response.body());
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
