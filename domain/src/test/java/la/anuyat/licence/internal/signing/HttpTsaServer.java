package la.anuyat.licence.internal.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * A time-stamping authority of its own for tests, reached over HTTP as RFC 3161 section
 * 3.4 describes: Bouncy Castle's TSP classes behind the JDK's HTTP server, with a
 * self-signed time-stamping certificate.
 */
public final class HttpTsaServer implements AutoCloseable {

	private final HttpServer server;

	private final X509Certificate certificate;

	private final TimeStampTokenGenerator tokens;

	private final AtomicLong serials = new AtomicLong(1);

	private final List<String> contentTypes = new CopyOnWriteArrayList<>();

	public HttpTsaServer() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		KeyPair pair = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Test time-stamping authority, C=LA");
		JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
				Date.from(Instant.now().minusSeconds(60)), Date.from(Instant.now().plusSeconds(86_400)), name,
				pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
		builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
		this.certificate = new JcaX509CertificateConverter()
			.getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
		this.tokens = new TimeStampTokenGenerator(
				new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", pair.getPrivate(), this.certificate),
				new JcaDigestCalculatorProviderBuilder().build()
					.get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
				new ASN1ObjectIdentifier("1.3.6.1.4.1.4146.2.3"));
		this.tokens.addCertificates(new JcaCertStore(List.of(this.certificate)));
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/tsa", this::answer);
		this.server.start();
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
			if (!"POST".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			byte[] reply;
			try {
				TimeStampRequest request = new TimeStampRequest(body);
				TimeStampResponse response = new TimeStampResponseGenerator(this.tokens, TSPAlgorithms.ALLOWED)
					.generateGrantedResponse(request, BigInteger.valueOf(this.serials.getAndIncrement()), new Date());
				reply = response.getEncoded();
			}
			catch (Exception ex) {
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			exchange.getResponseHeaders().set("Content-Type", "application/timestamp-reply");
			exchange.sendResponseHeaders(200, reply.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(reply);
			}
		}
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/tsa");
	}

	public X509Certificate certificate() {
		return this.certificate;
	}

	/** The content type of every request received so far. */
	public List<String> requestContentTypes() {
		return List.copyOf(this.contentTypes);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
