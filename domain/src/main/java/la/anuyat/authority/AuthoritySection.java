package la.anuyat.authority;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import la.anuyat.shared.LocalizedText;

/**
 * A section (ຂະແໜງ) of an authority, e.g. Post and Communications of the Vientiane
 * Capital department. Tasks go to authority + section + role; the licence catalogue says
 * which section handles a licence type. Seeded by migration, as the authorities are.
 */
@Entity
@Table(name = "authority_section")
@IdClass(AuthoritySection.Key.class)
public class AuthoritySection {

	@Id
	@Column(name = "authority_code")
	private String authorityCode;

	@Id
	@Column(name = "code")
	private String code;

	@Column(name = "name_lo", nullable = false)
	private String nameLo;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "position", nullable = false)
	private int position;

	protected AuthoritySection() {
	}

	public String getAuthorityCode() {
		return this.authorityCode;
	}

	public String getCode() {
		return this.code;
	}

	public LocalizedText name() {
		return LocalizedText.of(this.nameLo, this.nameEn);
	}

	public int getPosition() {
		return this.position;
	}

	/** The composite key: authority and section code. */
	public static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		private String authorityCode;

		private String code;

		protected Key() {
		}

		public Key(String authorityCode, String code) {
			this.authorityCode = authorityCode;
			this.code = code;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.authorityCode, key.authorityCode)
					&& Objects.equals(this.code, key.code);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.authorityCode, this.code);
		}

	}

}
