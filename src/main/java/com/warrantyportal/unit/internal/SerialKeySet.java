package com.warrantyportal.unit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The serial keys an import has loaded so far, each with the line it came from, to find a serial that appears twice
 * in one file. Exact (keys are compared byte for byte, never only by hash) and lean: a million keys of a dozen
 * characters take about 40 MB, against well over 100 MB in a {@code HashMap<String, Long>}. The keys are kept as
 * UTF-8 in large byte blocks; an open-addressing table holds each key's hash, line and place in the blocks.
 */
final class SerialKeySet {

	private static final int BLOCK_BITS = 20;

	private static final int BLOCK_SIZE = 1 << BLOCK_BITS;

	private static final float MAX_LOAD = 0.6f;

	private final List<byte[]> blocks = new ArrayList<>();

	private int blockUsed = BLOCK_SIZE;

	/** Per slot: the key's hash, its line (0 = empty slot) and where its bytes start in the blocks. */
	private int[] hashes;

	private int[] lines;

	private int[] places;

	private int size;

	SerialKeySet() {
		allocate(1 << 10);
	}

	int size() {
		return size;
	}

	/**
	 * Adds the key with the line it is on, unless it is there already.
	 * @return the line the key was first seen on, or 0 when it is new (and now added)
	 */
	long addIfAbsent(String key, long line) {
		if (line <= 0 || line > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("Line " + line + " is out of range");
		}
		byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
		int hash = mix(Arrays.hashCode(bytes));
		int mask = hashes.length - 1;
		int slot = hash & mask;
		while (lines[slot] != 0) {
			if (hashes[slot] == hash && sameBytes(places[slot], bytes)) {
				return lines[slot];
			}
			slot = (slot + 1) & mask;
		}
		hashes[slot] = hash;
		lines[slot] = (int) line;
		places[slot] = store(bytes);
		if (++size > hashes.length * MAX_LOAD) {
			grow();
		}
		return 0;
	}

	private boolean sameBytes(int place, byte[] bytes) {
		byte[] block = blocks.get(place >>> BLOCK_BITS);
		int at = place & (BLOCK_SIZE - 1);
		int length = ((block[at] & 0xff) << 8) | (block[at + 1] & 0xff);
		return length == bytes.length && Arrays.equals(block, at + 2, at + 2 + length, bytes, 0, bytes.length);
	}

	/** Appends the key (two bytes of length, then the bytes) and returns where it starts. */
	private int store(byte[] bytes) {
		int needed = bytes.length + 2;
		if (needed > BLOCK_SIZE) {
			throw new IllegalArgumentException("A serial key is far longer than a block");
		}
		if (blockUsed + needed > BLOCK_SIZE) {
			blocks.add(new byte[BLOCK_SIZE]);
			blockUsed = 0;
		}
		int block = blocks.size() - 1;
		if (block >= 1 << (31 - BLOCK_BITS)) {
			throw new IllegalStateException("Too many serial keys for one import");
		}
		byte[] target = blocks.get(block);
		target[blockUsed] = (byte) (bytes.length >>> 8);
		target[blockUsed + 1] = (byte) bytes.length;
		System.arraycopy(bytes, 0, target, blockUsed + 2, bytes.length);
		int place = (block << BLOCK_BITS) | blockUsed;
		blockUsed += needed;
		return place;
	}

	private void grow() {
		int[] oldHashes = hashes;
		int[] oldLines = lines;
		int[] oldPlaces = places;
		allocate(oldHashes.length * 2);
		int mask = hashes.length - 1;
		for (int i = 0; i < oldHashes.length; i++) {
			if (oldLines[i] != 0) {
				int slot = oldHashes[i] & mask;
				while (lines[slot] != 0) {
					slot = (slot + 1) & mask;
				}
				hashes[slot] = oldHashes[i];
				lines[slot] = oldLines[i];
				places[slot] = oldPlaces[i];
			}
		}
	}

	private void allocate(int capacity) {
		hashes = new int[capacity];
		lines = new int[capacity];
		places = new int[capacity];
	}

	/** Spreads similar serials (which differ in their last digits) over the whole table. */
	private static int mix(int hash) {
		int h = hash * 0x9E3779B9;
		return h ^ (h >>> 16);
	}
}
