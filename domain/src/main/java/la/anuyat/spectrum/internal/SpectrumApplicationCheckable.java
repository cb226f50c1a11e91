package la.anuyat.spectrum.internal;

import la.anuyat.casefile.CaseFile;
import la.anuyat.casefile.SubmissionRule;
import la.anuyat.spectrum.SpectrumLicenceRules;
import la.anuyat.spectrum.SpectrumLicensing;
import la.anuyat.spectrum.SpectrumService;

import org.springframework.stereotype.Component;

/**
 * A radio frequency licence application is submitted only when its station is one the
 * technical assessment can check (a known service, an emission designator in the ITU RR
 * Appendix 1 format that agrees with the bandwidth, a position, a power), so that the
 * automatic step never meets answers it cannot read.
 */
@Component
class SpectrumApplicationCheckable implements SubmissionRule {

	// the spectrum service, not the licensing: the case service needs the submission
	// rules, and the licensing needs the case service
	private final SpectrumService spectrum;

	private final SpectrumLicenceRules rules;

	SpectrumApplicationCheckable(SpectrumService spectrum, SpectrumLicenceRules rules) {
		this.spectrum = spectrum;
		this.rules = rules;
	}

	@Override
	public void check(CaseFile draft) {
		if (this.rules.licensesFrequencies(draft.getCaseType())) {
			this.spectrum.validate(SpectrumLicensing.applicationOf(draft).request());
		}
	}

}
