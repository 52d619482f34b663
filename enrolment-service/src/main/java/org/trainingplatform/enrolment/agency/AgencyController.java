package org.trainingplatform.enrolment.agency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trainingplatform.support.security.Caller;

import java.util.List;

@Tag(name = "Agencies", description = "The directory of agencies taking part in the platform")
@RestController
@RequestMapping("/api/agencies")
class AgencyController {

    private final Agencies agencies;

    AgencyController(Agencies agencies) {
        this.agencies = agencies;
    }

    @Operation(summary = "Describe the caller's own agency (creates or replaces its directory entry)")
    @PutMapping("/me")
    AgencyView describeOwn(Caller caller, @Valid @RequestBody AgencyProfile profile) {
        return AgencyView.of(agencies.describe(caller.agencyId(), profile));
    }

    @GetMapping
    List<AgencyView> directory() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    @GetMapping("/{agencyId}")
    AgencyView get(@PathVariable String agencyId) {
        return AgencyView.of(agencies.get(agencyId));
    }

    record AgencyView(String id, String name, String englishName, AgencyKind kind, String country) {
        static AgencyView of(Agency agency) {
            AgencyProfile p = agency.profile();
            return new AgencyView(agency.id(), p.name(), p.englishName(), p.kind(), p.country());
        }
    }
}
