package la.anuyat.spectrum.internal;

import la.anuyat.spectrum.SpectrumAssessment;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SpectrumAssessmentRepository extends JpaRepository<SpectrumAssessment, Long> {

}
