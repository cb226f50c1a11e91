package la.anuyat.licence.internal.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks a signed certificate PDF the way a careful reader would, without trusting
 * anything but the bytes: every signature verifies over its byte ranges, every signature
 * time stamp verifies and covers its signature value, the first signature certifies the
 * document with "no changes permitted", and whatever was appended after it is validation
 * data only (a DSS dictionary and the catalog entry pointing to it). An incremental
 * update that paints a different name onto the page keeps the signature's own bytes
 * intact, so it is the last check that refuses it.
 * <p>
 * It does not decide whom to trust: that the signer is the issuing authority is known
 * from the register, which holds the SHA-256 of every certificate it issued.
 */
public final class SignedPdfVerifier {

	private static final COSName DSS = COSName.getPDFName("DSS");

	/**
	 * What the check found.
	 *
	 * @param signatures the number of signatures
	 * @param signaturesValid every signature and its time stamps verify
	 * @param certified the first signature certifies the document, no changes permitted
	 * @param unchangedSinceSigning nothing but validation data was added after it
	 * @param signer the signer's certificate subject, if any
	 * @param timeStampedAt the time of the first signature's time stamp, if any
	 * @param problems what failed, for logs and tests
	 */
	public record Result(int signatures, boolean signaturesValid, boolean certified, boolean unchangedSinceSigning,
			String signer, Optional<Instant> timeStampedAt, List<String> problems) {

		public Result {
			problems = List.copyOf(problems);
		}

		/** Signed, certified, every signature valid, and not changed since. */
		public boolean intact() {
			return this.signatures > 0 && this.signaturesValid && this.certified && this.unchangedSinceSigning;
		}

	}

	public Result verify(byte[] pdf) {
		List<String> problems = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<PDSignature> signatures = document.getSignatureDictionaries();
			if (signatures.isEmpty()) {
				return new Result(0, false, false, false, null, Optional.empty(), List.of("not signed"));
			}
			boolean valid = true;
			String signer = null;
			Optional<Instant> stampedAt = Optional.empty();
			PDSignature first = null;
			int firstEnd = Integer.MAX_VALUE;
			for (PDSignature signature : signatures) {
				int[] range = signature.getByteRange();
				if (range == null || range.length != 4 || range[0] != 0 || range[2] + range[3] > pdf.length) {
					valid = false;
					problems.add("a signature's byte range is malformed");
					continue;
				}
				if (range[2] + range[3] < firstEnd) {
					firstEnd = range[2] + range[3];
					first = signature;
				}
				SignatureCheck check = checkSignature(signature.getSignedContent(pdf), signature.getContents(pdf),
						problems);
				valid &= check.valid();
				if (signature == first) {
					signer = check.signer();
					stampedAt = check.stampedAt();
				}
			}
			if (first == null) {
				return new Result(signatures.size(), false, false, false, null, Optional.empty(), problems);
			}
			boolean certified = certifiesWithoutChanges(document, first, problems);
			boolean unchanged = onlyValidationDataAfter(pdf, firstEnd, document, problems);
			return new Result(signatures.size(), valid, certified, unchanged, signer, stampedAt, problems);
		}
		catch (IOException | RuntimeException ex) {
			problems.add("not a readable PDF: " + ex.getMessage());
			return new Result(0, false, false, false, null, Optional.empty(), problems);
		}
	}

	private record SignatureCheck(boolean valid, String signer, Optional<Instant> stampedAt) {
	}

	private static SignatureCheck checkSignature(byte[] signedContent, byte[] contents, List<String> problems) {
		try {
			CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
			boolean valid = !cms.getSignerInfos().getSigners().isEmpty();
			String subject = null;
			Optional<Instant> stampedAt = Optional.empty();
			for (SignerInformation signerInfo : cms.getSignerInfos().getSigners()) {
				Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signerInfo.getSID());
				if (matches.isEmpty()) {
					problems.add("the signer's certificate is missing");
					valid = false;
					continue;
				}
				X509CertificateHolder certificate = matches.iterator().next();
				subject = certificate.getSubject().toString();
				if (!verifies(signerInfo, certificate)) {
					problems.add("the signature does not match the signed bytes");
					valid = false;
				}
				byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signerInfo.getSignature());
				for (TimeStampToken token : PadesSigner.timeStampTokens(signerInfo)) {
					if (!timeStampVerifies(token, imprint)) {
						problems.add("a signature time stamp does not verify");
						valid = false;
					}
					else if (stampedAt.isEmpty()) {
						stampedAt = Optional.of(token.getTimeStampInfo().getGenTime().toInstant());
					}
				}
			}
			return new SignatureCheck(valid, subject, stampedAt);
		}
		catch (CMSException | GeneralSecurityException | RuntimeException ex) {
			problems.add("the signature cannot be read: " + ex.getMessage());
			return new SignatureCheck(false, null, Optional.empty());
		}
	}

	private static boolean verifies(SignerInformation signer, X509CertificateHolder certificate) {
		try {
			return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
		}
		catch (CMSException | OperatorCreationException | GeneralSecurityException ex) {
			// a message digest that does not match is reported by throwing
			return false;
		}
	}

	/**
	 * A signature time stamp verifies with its own authority's certificate and stamps the
	 * SHA-256 of this signature value.
	 */
	static boolean timeStampVerifies(TimeStampToken token, byte[] expectedImprint) {
		try {
			if (!Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), expectedImprint)) {
				return false;
			}
			Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
			if (matches.isEmpty()) {
				return false;
			}
			token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(matches.iterator().next()));
			return true;
		}
		catch (TSPException | OperatorCreationException | GeneralSecurityException ex) {
			return false;
		}
	}

	private static boolean certifiesWithoutChanges(PDDocument document, PDSignature first, List<String> problems) {
		COSDictionary perms = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
		COSBase docMdp = (perms != null) ? perms.getDictionaryObject(COSName.DOCMDP) : null;
		if (docMdp != first.getCOSObject()) {
			problems.add("the document is not certified by its first signature");
			return false;
		}
		COSArray references = first.getCOSObject().getCOSArray(COSName.getPDFName("Reference"));
		if (references != null) {
			for (COSBase item : references) {
				if (item instanceof COSObject object) {
					item = object.getObject();
				}
				if (item instanceof COSDictionary reference
						&& COSName.DOCMDP.equals(reference.getCOSName(COSName.getPDFName("TransformMethod")))) {
					COSDictionary parameters = reference.getCOSDictionary(COSName.getPDFName("TransformParams"));
					int permission = (parameters != null) ? parameters.getInt(COSName.P, 2) : 2;
					if (permission == PadesSigner.NO_CHANGES) {
						return true;
					}
					problems.add("the certification permits changes (P " + permission + ")");
					return false;
				}
			}
		}
		problems.add("the certification signature has no DocMDP reference");
		return false;
	}

	/**
	 * Compares the document as signed (the bytes up to the end of the certification
	 * signature's revision) with the document as it is: every object written after that
	 * revision must be new and belong to the DSS, except the catalog, which may differ
	 * only by its /DSS entry.
	 */
	private static boolean onlyValidationDataAfter(byte[] pdf, int signedEnd, PDDocument document,
			List<String> problems) throws IOException {
		if (signedEnd == pdf.length) {
			return true;
		}
		try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(pdf, signedEnd))) {
			Map<COSObjectKey, Long> before = signed.getDocument().getXrefTable();
			Map<COSObjectKey, Long> after = document.getDocument().getXrefTable();
			COSObjectKey catalogKey = document.getDocumentCatalog().getCOSObject().getKey();
			COSObjectKey signedCatalogKey = signed.getDocumentCatalog().getCOSObject().getKey();
			if (catalogKey == null || !catalogKey.equals(signedCatalogKey)) {
				problems.add("the document catalog was replaced");
				return false;
			}
			Set<COSObjectKey> validationData = reachableFrom(document.getDocumentCatalog().getCOSObject().getItem(DSS));
			boolean unchanged = true;
			for (Map.Entry<COSObjectKey, Long> entry : after.entrySet()) {
				if (!writtenAfter(entry.getValue(), after, signedEnd)) {
					continue;
				}
				COSObjectKey key = entry.getKey();
				if (key.equals(catalogKey)) {
					if (!sameExceptDss(signed.getDocumentCatalog().getCOSObject(),
							document.getDocumentCatalog().getCOSObject())) {
						problems.add("the catalog was changed after signing");
						unchanged = false;
					}
				}
				else if (before.containsKey(key) || !validationData.contains(key)) {
					problems.add("object " + key + " was changed or added after signing");
					unchanged = false;
				}
			}
			return unchanged;
		}
	}

	/**
	 * An object sits in the file at an offset, or (negative offset) inside an object
	 * stream, which then tells where it was written.
	 */
	private static boolean writtenAfter(Long offset, Map<COSObjectKey, Long> xref, int signedEnd) {
		if (offset == null) {
			return false;
		}
		if (offset >= 0) {
			return offset >= signedEnd;
		}
		Long container = xref.get(new COSObjectKey(-offset, 0));
		return container == null || container >= signedEnd;
	}

	private static Set<COSObjectKey> reachableFrom(COSBase root) {
		Set<COSObjectKey> keys = new HashSet<>();
		Set<COSBase> seen = new HashSet<>();
		Deque<COSBase> queue = new ArrayDeque<>();
		if (root != null) {
			queue.add(root);
		}
		while (!queue.isEmpty()) {
			COSBase item = queue.poll();
			if (item instanceof COSObject object) {
				if (object.getKey() != null) {
					keys.add(object.getKey());
				}
				item = object.getObject();
			}
			else if (item != null && item.getKey() != null) {
				keys.add(item.getKey());
			}
			if (item == null || !seen.add(item)) {
				continue;
			}
			if (item instanceof COSDictionary dictionary) {
				for (COSName name : dictionary.keySet()) {
					queue.add(dictionary.getItem(name));
				}
			}
			else if (item instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					queue.add(array.get(i));
				}
			}
		}
		return keys;
	}

	private static boolean sameExceptDss(COSDictionary signed, COSDictionary now) {
		Set<COSName> keys = new HashSet<>(signed.keySet());
		keys.addAll(now.keySet());
		keys.remove(DSS);
		for (COSName key : keys) {
			if (!same(signed.getItem(key), now.getItem(key))) {
				return false;
			}
		}
		return true;
	}

	/** Indirect objects compare by number; direct ones by value. */
	private static boolean same(COSBase a, COSBase b) {
		if (a == null || b == null) {
			return a == b;
		}
		COSObjectKey keyA = (a instanceof COSObject object) ? object.getKey() : a.getKey();
		COSObjectKey keyB = (b instanceof COSObject object) ? object.getKey() : b.getKey();
		if (keyA != null || keyB != null) {
			return keyA != null && keyA.equals(keyB);
		}
		if (a instanceof COSDictionary da && b instanceof COSDictionary db) {
			if (!da.keySet().equals(db.keySet())) {
				return false;
			}
			for (COSName key : da.keySet()) {
				if (!same(da.getItem(key), db.getItem(key))) {
					return false;
				}
			}
			return true;
		}
		if (a instanceof COSArray aa && b instanceof COSArray ab) {
			if (aa.size() != ab.size()) {
				return false;
			}
			for (int i = 0; i < aa.size(); i++) {
				if (!same(aa.get(i), ab.get(i))) {
					return false;
				}
			}
			return true;
		}
		return a.equals(b);
	}

}
