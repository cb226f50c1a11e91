package la.anuyat.inspection.ui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.imageio.ImageIO;

/**
 * Real JPEG photos with the EXIF data a phone camera writes: the time it was taken
 * ({@code DateTimeOriginal}) and its GPS position. The picture is drawn and encoded by
 * the Java runtime; the EXIF segment (APP1, a big-endian TIFF structure with an Exif and
 * a GPS directory) is laid out by hand as the EXIF 2.3 specification gives it and put
 * right after the image's start marker.
 */
public final class ExifJpegs {

	private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss");

	private static final short ASCII = 2;

	private static final short LONG = 4;

	private static final short RATIONAL = 5;

	private ExifJpegs() {
	}

	/** A 640 × 480 photo taken at this time and place (northern, eastern hemisphere). */
	public static byte[] photo(LocalDateTime takenAt, double latitude, double longitude) {
		byte[] jpeg = jpeg();
		byte[] tiff = tiff(takenAt, latitude, longitude);
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2);
		out.writeBytes(app1.array());
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

	private static byte[] jpeg() {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x2e7d32));
		graphics.fillRect(0, 0, 640, 480);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(120, 140, 400, 200);
		graphics.setColor(Color.BLACK);
		graphics.drawString("Shop front", 280, 250);
		graphics.dispose();
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "jpg", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] tiff(LocalDateTime takenAt, double latitude, double longitude) {
		int ifd0 = 8;
		int exif = ifd0 + 2 + 2 * 12 + 4;
		int time = exif + 2 + 12 + 4;
		int gps = time + 20;
		int lat = gps + 2 + 4 * 12 + 4;
		int lon = lat + 24;
		ByteBuffer tiff = ByteBuffer.allocate(lon + 24);
		tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(ifd0);
		// IFD0: where the Exif and the GPS directories are
		tiff.putShort((short) 2);
		entry(tiff, 0x8769, LONG, 1, exif);
		entry(tiff, 0x8825, LONG, 1, gps);
		tiff.putInt(0);
		// Exif: DateTimeOriginal, "YYYY:MM:DD HH:MM:SS" and its terminating NUL
		tiff.putShort((short) 1);
		entry(tiff, 0x9003, ASCII, 20, time);
		tiff.putInt(0);
		tiff.put((EXIF_TIME.format(takenAt) + "\0").getBytes(StandardCharsets.US_ASCII));
		// GPS: latitude and longitude as degrees, minutes and seconds, with their
		// references
		tiff.putShort((short) 4);
		entry(tiff, 0x0001, ASCII, 2, 'N' << 24);
		entry(tiff, 0x0002, RATIONAL, 3, lat);
		entry(tiff, 0x0003, ASCII, 2, 'E' << 24);
		entry(tiff, 0x0004, RATIONAL, 3, lon);
		tiff.putInt(0);
		degrees(tiff, latitude);
		degrees(tiff, longitude);
		return tiff.array();
	}

	private static void entry(ByteBuffer tiff, int tag, short type, int count, int value) {
		tiff.putShort((short) tag).putShort(type).putInt(count).putInt(value);
	}

	private static void degrees(ByteBuffer tiff, double value) {
		int degrees = (int) value;
		double rest = (value - degrees) * 60;
		int minutes = (int) rest;
		long seconds = Math.round((rest - minutes) * 60 * 10000);
		tiff.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) seconds).putInt(10000);
	}

}
