package org.trainingplatform.enrolment.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** @param country ISO 3166-1 alpha-2 code; VN when not given */
record AgencyProfile(@NotBlank @Size(max = 200) String name, @Size(max = 200) String englishName,
                     @NotNull AgencyKind kind, @Pattern(regexp = "[A-Z]{2}") String country) {
}
