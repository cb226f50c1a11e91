package la.anuyat.enforcement;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import la.anuyat.shared.ConflictException;
import la.anuyat.shared.LocalizedText;

/**
 * Items of one kind seized in an enforcement case, where they are held, and what became
 * of them (released or destroyed, by whom and why): each step is kept.
 */
@Entity
@Table(name = "seized_item")
public class SeizedItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "description", nullable = false)
	private String description;

	@Column(name = "model")
	private String model;

	@Column(name = "quantity", nullable = false)
	private int quantity;

	@Column(name = "held_at", nullable = false)
	private String heldAt;

	@Column(name = "seized_at", nullable = false)
	private LocalDateTime seizedAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false)
	private SeizedItemStatus status;

	@Column(name = "disposed_by")
	private String disposedBy;

	@Column(name = "disposed_at")
	private LocalDateTime disposedAt;

	@Column(name = "disposal_note")
	private String disposalNote;

	protected SeizedItem() {
	}

	SeizedItem(SeizureEntry entry, LocalDateTime seizedAt) {
		this.description = entry.description();
		this.model = entry.model();
		this.quantity = entry.quantity();
		this.heldAt = entry.heldAt();
		this.seizedAt = seizedAt;
		this.status = SeizedItemStatus.HELD;
	}

	void dispose(SeizedItemStatus outcome, String by, String note, LocalDateTime at) {
		if (this.status != SeizedItemStatus.HELD) {
			throw new ConflictException("enforcement.itemSettled",
					LocalizedText.of("ອຸປະກອນນີ້ " + this.status.label().lo() + " ແລ້ວ",
							"These items were already " + this.status.label().en().toLowerCase()));
		}
		this.status = outcome;
		this.disposedBy = by;
		this.disposalNote = note;
		this.disposedAt = at;
	}

	public Long getId() {
		return this.id;
	}

	public String getDescription() {
		return this.description;
	}

	public String getModel() {
		return this.model;
	}

	public int getQuantity() {
		return this.quantity;
	}

	public String getHeldAt() {
		return this.heldAt;
	}

	public LocalDateTime getSeizedAt() {
		return this.seizedAt;
	}

	public SeizedItemStatus getStatus() {
		return this.status;
	}

	public String getDisposedBy() {
		return this.disposedBy;
	}

	public LocalDateTime getDisposedAt() {
		return this.disposedAt;
	}

	public String getDisposalNote() {
		return this.disposalNote;
	}

}
