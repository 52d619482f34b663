package org.trainingplatform.enrolment.trainee;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an agency says about one of its officials when registering them. At least one of personnel
 * code, email and phone is needed to tell the official apart, so that registering twice does not
 * create two trainees.
 */
record TraineeDetails(@Size(max = 50) String personnelCode,
                      @NotBlank @Size(max = 120) String fullName,
                      @NotBlank @Size(max = 200) String position,
                      @Size(max = 200) String unit,
                      @Size(max = 200) String pipelinePosition,
                      @Email @Size(max = 200) String email,
                      @Size(max = 30) String phone,
                      Language preferredLanguage) {
}
