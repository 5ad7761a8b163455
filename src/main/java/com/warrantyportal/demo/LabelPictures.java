package com.warrantyportal.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Draws simple "where is the serial label" pictures for the demo catalogue (an outline and a marked label). */
final class LabelPictures {

	private LabelPictures() {
	}

	/**
	 * @param labelX where the label sits across the product, 0 (left) to 1 (right)
	 * @param labelY where the label sits down the product, 0 (top) to 1 (bottom)
	 */
	static byte[] png(String product, double labelX, double labelY) {
		BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0xF4F6F9));
			g.fillRect(0, 0, 480, 320);
			g.setColor(new Color(0xD9DEE5));
			g.fillRoundRect(140, 30, 200, 260, 18, 18);
			g.setColor(new Color(0x5A6472));
			g.setStroke(new BasicStroke(3));
			g.drawRoundRect(140, 30, 200, 260, 18, 18);
			int x = 140 + (int) (labelX * 160);
			int y = 30 + (int) (labelY * 230);
			g.setColor(Color.WHITE);
			g.fillRect(x, y, 40, 24);
			g.setColor(new Color(0xA32020));
			g.drawRect(x - 4, y - 4, 48, 32);
			g.drawLine(x + 44, y + 12, 400, y + 12);
			g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
			g.drawString("Serial label", 360, y + 6);
			g.setColor(new Color(0x1D2430));
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
			g.drawString(product, 12, 310);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
