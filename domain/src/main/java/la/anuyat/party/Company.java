package la.anuyat.party;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A business that applies for and holds licences.
 */
@Entity
@Table(name = "company")
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "name_lo", nullable = false)
	private String nameLo;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "registration_number")
	private String registrationNumber;

	@Column(name = "tax_number")
	private String taxNumber;

	@Column(name = "province_code", nullable = false)
	private String provinceCode;

	@Column(name = "address")
	private String address;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "email")
	private String email;

	@Column(name = "phone")
	private String phone;

	@Column(name = "created_at", nullable = false)
	private LocalDateTime createdAt;

	protected Company() {
	}

	Company(String nameLo, String nameEn, String registrationNumber, String taxNumber, String provinceCode,
			String address, String contactName, String email, String phone, LocalDateTime createdAt) {
		this.nameLo = nameLo;
		this.nameEn = nameEn;
		this.registrationNumber = registrationNumber;
		this.taxNumber = taxNumber;
		this.provinceCode = provinceCode;
		this.address = address;
		this.contactName = contactName;
		this.email = email;
		this.phone = phone;
		this.createdAt = createdAt;
	}

	/**
	 * Changes the company's name or address as an approved amendment of its licence gives
	 * them; a detail not given stays.
	 */
	void amend(String nameLo, String nameEn, String address) {
		if (nameLo != null && !nameLo.isBlank()) {
			this.nameLo = nameLo.strip();
		}
		if (nameEn != null && !nameEn.isBlank()) {
			this.nameEn = nameEn.strip();
		}
		if (address != null && !address.isBlank()) {
			this.address = address.strip();
		}
	}

	public Long getId() {
		return this.id;
	}

	public String getNameLo() {
		return this.nameLo;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public String getTaxNumber() {
		return this.taxNumber;
	}

	public String getProvinceCode() {
		return this.provinceCode;
	}

	public String getAddress() {
		return this.address;
	}

	public String getContactName() {
		return this.contactName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPhone() {
		return this.phone;
	}

	public LocalDateTime getCreatedAt() {
		return this.createdAt;
	}

}
