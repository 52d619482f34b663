package org.trainingplatform.enrolment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.trainingplatform.support.testing.Http;
import org.trainingplatform.support.testing.PlatformIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trainingplatform.enrolment.EnrolmentApi.DEPUTY_DIRECTOR;
import static org.trainingplatform.enrolment.EnrolmentApi.expect;

/**
 * Every read and write is scoped to the caller's agency: co-organisers see the class and its whole
 * roster, a nominating agency sees the class and only its own nominees, and any other agency sees
 * nothing of it, as if it did not exist.
 */
@PlatformIntegrationTest
class AgencyScopeIT {

    static final String ORGANISER = "hanoi-home-affairs";
    static final String CO_ORGANISER = "academy-construction";
    static final String NOMINATOR = "ba-dinh-district";
    static final String STRANGER = "tien-giang-construction";

    @LocalServerPort
    int port;

    String klass;
    String ownNominee;
    String nominatorsNominee;

    @BeforeEach
    void classWithTwoNominees() {
        EnrolmentApi organiser = EnrolmentApi.as(port, ORGANISER);
        for (String agency : List.of(ORGANISER, CO_ORGANISER, NOMINATOR, STRANGER)) {
            EnrolmentApi.as(port, agency).describeAgency("Cơ quan " + agency);
        }
        klass = organiser.draftClass(organiser.createProgramme("Chương trình 1"), "Lớp 1", List.of(CO_ORGANISER),
                List.of(NOMINATOR), List.of(DEPUTY_DIRECTOR), 30, "{}", true);
        organiser.open(klass);
        ownNominee = organiser.registerTrainee("Nguyễn Văn An", DEPUTY_DIRECTOR, null);
        expect(organiser.nominate(klass, ownNominee), 201);
        EnrolmentApi nominator = EnrolmentApi.as(port, NOMINATOR);
        nominatorsNominee = nominator.registerTrainee("Hoàng Thị Bích", DEPUTY_DIRECTOR, null);
        expect(nominator.nominate(klass, nominatorsNominee), 201);
    }

    @Test
    void coOrganisersSeeTheWholeRoster() {
        JsonNode roster = EnrolmentApi.as(port, CO_ORGANISER).roster(klass);
        assertThat(roster.get("entries").findValuesAsString("fullName")).containsExactlyInAnyOrder("Nguyễn Văn An", "Hoàng Thị Bích");
    }

    @Test
    void aNominatingAgencySeesOnlyItsOwnNomineesPersonalData() {
        JsonNode roster = EnrolmentApi.as(port, NOMINATOR).roster(klass);
        assertThat(roster.get("entries").findValuesAsString("fullName")).containsExactly("Hoàng Thị Bích");
        assertThat(roster.get("total").get("enrolled").asInt()).isEqualTo(2);
        assertThat(roster.toString()).doesNotContain("Nguyễn Văn An", ownNominee);
    }

    @Test
    void anotherAgencySeesNothingOfTheClassItsRosterOrItsTrainees() {
        Http stranger = Http.at(port).as(STRANGER);
        String strangersTrainee = EnrolmentApi.as(port, STRANGER).registerTrainee("Lý Văn Cường", DEPUTY_DIRECTOR, null);

        assertThat(stranger.get("/api/classes/" + klass).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/api/classes/" + klass + "/roster").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/api/classes").body()).doesNotContain(klass);
        assertThat(stranger.post("/api/classes/" + klass + "/nominations", "{\"traineeId\":\"" + strangersTrainee + "\"}")
                .statusCode()).isEqualTo(404);
        assertThat(stranger.post("/api/classes/" + klass + "/open", "").statusCode()).isEqualTo(404);
        assertThat(stranger.get("/api/trainees/" + ownNominee).statusCode()).isEqualTo(404);
        assertThat(stranger.get("/api/trainees/" + ownNominee + "/transcript").statusCode()).isEqualTo(404);
        assertThat(stranger.patch("/api/trainees/" + ownNominee + "/contact", "{\"email\":\"x@y.vn\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void anAgencyCannotNominateAnotherAgencysOfficialsOrWithdrawTheirNominees() {
        Http nominator = Http.at(port).as(NOMINATOR);
        assertThat(nominator.post("/api/classes/" + klass + "/nominations", "{\"traineeId\":\"" + ownNominee + "\"}")
                .statusCode()).isEqualTo(404);
        assertThat(nominator.post("/api/classes/" + klass + "/nominations/" + ownNominee + "/withdraw",
                "{\"reason\":\"x\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyTheOrganiserRunsTheClassAndOnlyOrganisersDecideNominations() {
        Http coOrganiser = Http.at(port).as(CO_ORGANISER);
        Http nominator = Http.at(port).as(NOMINATOR);

        JsonNode refused = expect(coOrganiser.post("/api/classes/" + klass + "/close-enrolment", ""), 403);
        assertThat(refused.get("code").asString()).isEqualTo("not-the-organiser");
        assertThat(nominator.post("/api/classes/" + klass + "/nominations/" + nominatorsNominee + "/reject",
                "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void withoutATokenNothingIsAnswered() {
        assertThat(Http.at(port).get("/api/classes/" + klass).statusCode()).isEqualTo(401);
        assertThat(Http.at(port).get("/api/trainees").statusCode()).isEqualTo(401);
    }
}
