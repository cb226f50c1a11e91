package la.anuyat.spectrum.internal;

import java.util.List;
import java.util.Optional;

import la.anuyat.spectrum.Assignment;
import la.anuyat.spectrum.AssignmentStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	Optional<Assignment> findByReference(String reference);

	/**
	 * The spatial and spectral pre-filter of the interference check: active assignments
	 * in a frequency window and a latitude/longitude box (both indexed), so the exact
	 * distance and channel tests run on a few rows, not the whole register.
	 */
	@Query("""
			select a from Assignment a
			where a.status = la.anuyat.spectrum.AssignmentStatus.ACTIVE
			  and a.centreFrequencyMhz between :lowMhz and :highMhz
			  and a.latitude between :south and :north
			  and a.longitude between :west and :east""")
	List<Assignment> activeNear(@Param("lowMhz") double lowMhz, @Param("highMhz") double highMhz,
			@Param("south") double south, @Param("north") double north, @Param("west") double west,
			@Param("east") double east);

	/**
	 * The public register: active, not confidential, by text, frequency range and
	 * province.
	 */
	@Query("""
			select a from Assignment a
			where a.status = la.anuyat.spectrum.AssignmentStatus.ACTIVE
			  and a.confidential = false
			  and a.centreFrequencyMhz >= :lowMhz and a.centreFrequencyMhz < :highMhz
			  and (:province = '' or a.province = :province)
			  and (lower(a.stationName) like :text or lower(a.licensee) like :text or lower(a.reference) like :text)
			order by a.centreFrequencyMhz, a.reference""")
	List<Assignment> publicRegister(@Param("text") String text, @Param("lowMhz") double lowMhz,
			@Param("highMhz") double highMhz, @Param("province") String province);

	/**
	 * The widest bandwidth of an active assignment, kHz: it bounds the frequency window.
	 */
	@Query("select max(a.bandwidthKhz) from Assignment a where a.status = la.anuyat.spectrum.AssignmentStatus.ACTIVE")
	Double widestActiveBandwidthKhz();

	/**
	 * The widest bandwidth of an active assignment centred in a frequency window, kHz: it
	 * narrows the window of a narrow-band request.
	 */
	@Query("""
			select max(a.bandwidthKhz) from Assignment a
			where a.status = la.anuyat.spectrum.AssignmentStatus.ACTIVE
			  and a.centreFrequencyMhz between :lowMhz and :highMhz""")
	Double widestActiveBandwidthKhz(@Param("lowMhz") double lowMhz, @Param("highMhz") double highMhz);

	List<Assignment> findByProvinceAndStatusOrderByReference(String province, AssignmentStatus status);

	Optional<Assignment> findByCaseId(Long caseId);

	List<Assignment> findByHolderCompanyIdOrderByCentreFrequencyMhzAscReferenceAsc(Long companyId);

}
