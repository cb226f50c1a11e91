package la.anuyat.inspection;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A staff member assigned to an inspection, alone or in a team; a joint inspection has
 * members of the province and of the ministry.
 */
@Entity
@Table(name = "inspection_team_member")
public class TeamMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "entry_id", nullable = false)
	private Long entryId;

	@Column(name = "username", nullable = false)
	private String username;

	@Column(name = "authority_code", nullable = false)
	private String authorityCode;

	@Column(name = "lead_member", nullable = false)
	private boolean lead;

	@Column(name = "assigned_by", nullable = false)
	private String assignedBy;

	@Column(name = "assigned_at", nullable = false)
	private LocalDateTime assignedAt;

	protected TeamMember() {
	}

	TeamMember(long entryId, String username, String authorityCode, boolean lead, String assignedBy,
			LocalDateTime assignedAt) {
		this.entryId = entryId;
		this.username = username;
		this.authorityCode = authorityCode;
		this.lead = lead;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getEntryId() {
		return this.entryId;
	}

	public String getUsername() {
		return this.username;
	}

	public String getAuthorityCode() {
		return this.authorityCode;
	}

	public boolean isLead() {
		return this.lead;
	}

	public String getAssignedBy() {
		return this.assignedBy;
	}

	public LocalDateTime getAssignedAt() {
		return this.assignedAt;
	}

}
