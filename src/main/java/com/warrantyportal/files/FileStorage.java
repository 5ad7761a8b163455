package com.warrantyportal.files;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.warrantyportal.audit.AuditTrail;
import com.warrantyportal.files.internal.StoredFileRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps uploaded files: checks the type from the content and the size, writes the bytes under a generated name to
 * the {@link FileContentStore} (never under the original name, never in the web root) and records whose they are.
 */
@Service
@Transactional(readOnly = true)
public class FileStorage {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** The audit trail's target type for staff opening a file. */
	public static final String AUDIT_TARGET = "file";

	private static final Logger log = LoggerFactory.getLogger(FileStorage.class);

	private final StoredFileRepository files;

	private final FileContentStore contents;

	private final Clock clock;

	private final List<FileAttachments> attachments;

	private final AuditTrail audit;

	FileStorage(StoredFileRepository files, FileContentStore contents, Clock clock, List<FileAttachments> attachments,
			AuditTrail audit) {
		this.files = files;
		this.contents = contents;
		this.clock = clock;
		this.attachments = attachments;
		this.audit = audit;
	}

	/** True when the form field held a file at all (browsers send an empty part for an empty file input). */
	public static boolean isPresent(MultipartFile upload) {
		return upload != null && !upload.isEmpty() && upload.getOriginalFilename() != null
				&& !upload.getOriginalFilename().isBlank();
	}

	/**
	 * Stores one upload for its owner.
	 * @throws FileRejectedException when it is empty, too large or not a PDF, JPEG, PNG or WebP file
	 */
	@Transactional
	public StoredFile store(long ownerId, MultipartFile upload) {
		return store(ownerId, upload.getOriginalFilename(), upload.getSize(), upload::getInputStream,
				EnumSet.allOf(FileKind.class), "file.wrongType");
	}

	/**
	 * Stores one upload for its owner when its content is one of the {@code accepted} kinds; nothing is written
	 * otherwise.
	 * @throws FileRejectedException when it is empty or too large, or with {@code refusal} (a message key taking the
	 * file name) when its content is of another kind
	 */
	@Transactional
	public StoredFile store(long ownerId, MultipartFile upload, Set<FileKind> accepted, String refusal) {
		return store(ownerId, upload.getOriginalFilename(), upload.getSize(), upload::getInputStream, accepted,
				refusal);
	}

	/** Stores bytes made by the portal itself (demo receipts), under the same checks as an upload. */
	@Transactional
	public StoredFile store(long ownerId, String originalName, byte[] content) {
		return store(ownerId, originalName, content.length, () -> new java.io.ByteArrayInputStream(content),
				EnumSet.allOf(FileKind.class), "file.wrongType");
	}

	/**
	 * An upload whose bytes are checked and written to the store but not yet recorded: {@link #record} records it.
	 * Writing first lets a caller write a large file before its transaction opens, so that no database connection
	 * waits on the disk meanwhile.
	 */
	public record WrittenFile(long ownerId, String storageName, String name, FileKind kind, long size,
			String sha256) {
	}

	/**
	 * Checks an upload and writes its bytes to the store, outside any transaction of its own: nothing is recorded,
	 * and no database connection is held. Record it with {@link #record}.
	 * @throws FileRejectedException when it is empty, too large or not a PDF, JPEG, PNG or WebP file
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public WrittenFile write(long ownerId, MultipartFile upload) {
		return write(ownerId, upload.getOriginalFilename(), upload.getSize(), upload::getInputStream,
				EnumSet.allOf(FileKind.class), "file.wrongType");
	}

	/**
	 * Records a written file as its owner's. When the transaction that records it rolls back, the bytes are removed
	 * too, so no content stays behind without its record.
	 */
	@Transactional
	public StoredFile record(WrittenFile written) {
		String name = nameOf(written.storageName());
		// Registered before the insert, so that an insert that fails takes the bytes with it too.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK) {
					deleteContent(name);
				}
			}
		});
		return files.save(new StoredFile(written.ownerId(), written.storageName(), written.name(), written.kind(),
				written.size(), written.sha256(), clock.instant()));
	}

	/**
	 * Removes the bytes of a written file that could not be recorded (its transaction never began, or failed); a
	 * no-op when a rolled-back {@link #record} removed them already. Needs no connection: it runs when none may be
	 * free.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void forget(WrittenFile written) {
		deleteContent(nameOf(written.storageName()));
	}

	/** Opens the content again each time it is asked: once to read the type, once to copy. */
	private interface Content {

		InputStream open() throws IOException;
	}

	private StoredFile store(long ownerId, String originalName, long size, Content content, Set<FileKind> accepted,
			String refusal) {
		return record(write(ownerId, originalName, size, content, accepted, refusal));
	}

	private WrittenFile write(long ownerId, String originalName, long size, Content content, Set<FileKind> accepted,
			String refusal) {
		String name = displayName(originalName);
		if (size == 0) {
			throw new FileRejectedException("file.empty", name);
		}
		if (size > MAX_BYTES) {
			throw new FileRejectedException("file.tooLarge", name);
		}
		try {
			byte[] head;
			try (InputStream in = content.open()) {
				head = in.readNBytes(16);
			}
			FileKind kind = FileKind.detect(head).orElseThrow(() -> new FileRejectedException(refusal, name));
			if (!accepted.contains(kind)) {
				throw new FileRejectedException(refusal, name);
			}
			String shownName = nameFor(name, kind);
			String storageName = UUID.randomUUID() + "." + kind.extension();
			MessageDigest digest = sha256();
			long stored;
			try (InputStream all = new DigestInputStream(content.open(), digest)) {
				stored = contents.write(nameOf(storageName), all);
			}
			return new WrittenFile(ownerId, storageName, shownName, kind, stored,
					HexFormat.of().formatHex(digest.digest()));
		}
		catch (IOException ex) {
			// The store did not take it (a full disk, a bucket that does not answer): the user attaches it again later.
			log.warn("Could not keep the upload {}", name, ex);
			throw new FileRejectedException("file.notKept", name);
		}
	}

	/** The owner's own file, or empty: another owner's file looks exactly like one that does not exist. */
	public Optional<StoredFile> findForOwner(long fileId, long ownerId) {
		return files.findByIdAndOwnerId(fileId, ownerId);
	}

	public Optional<StoredFile> find(long fileId) {
		return files.findById(fileId);
	}

	/**
	 * A file for staff reviewing claims, recorded in the audit trail as opened by them; empty unless a claim or a
	 * registration has it attached ({@link FileAttachments}), exactly as for a file that does not exist.
	 */
	@Transactional
	public Optional<StoredFile> openForStaff(long fileId, String staffMember, StaffUse use) {
		Optional<StoredFile> file = files.findById(fileId)
			.filter(found -> attachments.stream().anyMatch(module -> module.attaches(fileId)));
		file.ifPresent(found -> audit.record(staffMember, use.auditAction, AUDIT_TARGET, fileId,
				found.getName()));
		return file;
	}

	/** How staff open a file: as a download, or as a picture shown inside the claim page. */
	public enum StaffUse {

		DOWNLOAD("FILE_DOWNLOADED"), VIEW("FILE_VIEWED");

		private final String auditAction;

		StaffUse(String auditAction) {
			this.auditAction = auditAction;
		}
	}

	/**
	 * Removes a file nobody needs any more (a photo chosen for a claim that was never filed): its record now, its
	 * content once the transaction has committed, so a rollback never leaves a record without its content. The caller
	 * makes sure nothing points at the file.
	 */
	@Transactional
	public void discard(long fileId) {
		files.findById(fileId).ifPresent(file -> {
			files.delete(file);
			String name = nameOf(file.getStorageName());
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deleteContent(name);
				}
			});
		});
	}

	private void deleteContent(String name) {
		try {
			contents.delete(name);
		}
		catch (IOException ex) {
			// No record points at the content, so nothing can reach it; it only takes up room.
			log.warn("Could not delete the content of file {}, which has no record", name, ex);
		}
	}

	/** Whether the file's content is in the store (tests and checks; pages serve content through {@link #content}). */
	public boolean hasContent(StoredFile file) {
		return contents.exists(nameOf(file.getStorageName()));
	}

	public List<StoredFile> findAll(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : files.findByIdIn(ids);
	}

	public Resource content(StoredFile file) {
		return contents.resource(nameOf(file.getStorageName()));
	}

	/** Stored files sit in folders named after the first two characters of their generated names. */
	private static String nameOf(String storageName) {
		return storageName.substring(0, 2) + "/" + storageName;
	}

	/**
	 * The name a file is kept, shown and downloaded under: the name the user gave, made safe by
	 * {@link #displayName(String)}, with an extension that says what the content is. A PNG named {@code poly.html}
	 * becomes {@code poly.png}, a JPEG named {@code setup.exe} becomes {@code setup.jpg}; a name whose extension
	 * already fits the content ({@code photo.jpeg}) stays as it is.
	 */
	public static String nameFor(String original, FileKind kind) {
		String name = displayName(original);
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
		if (kind.fitsExtension(extension)) {
			return name;
		}
		String base = dot <= 0 ? name : name.substring(0, dot).strip();
		if (base.isEmpty()) {
			base = "upload";
		}
		return base + "." + kind.extension();
	}

	/**
	 * The name the user gave, without any folder part, control characters or the invisible formatting characters
	 * (right-to-left overrides and isolates, zero-width characters) that make {@code gnp.exe} look like {@code exe.png},
	 * so it is safe to show and to offer as a download name.
	 */
	static String displayName(String original) {
		if (original == null || original.isBlank()) {
			return "upload";
		}
		String base = original.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
		if (base.isEmpty()) {
			return "upload";
		}
		return base.length() > 200 ? base.substring(base.length() - 200) : base;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
