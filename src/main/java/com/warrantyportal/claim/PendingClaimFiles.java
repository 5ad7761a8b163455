package com.warrantyportal.claim;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.warrantyportal.claim.internal.PendingClaimFile;
import com.warrantyportal.claim.internal.PendingClaimFileRepository;
import com.warrantyportal.files.FileRejectedException;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Photos and documents an owner chose on a claim form that is not filed yet: before "Check my coverage first", or
 * before a submit that came back with a message. Browsers never send chosen files twice, so the portal keeps them,
 * stored and checked like any upload, with the form's one-time token and the owner: only that owner sees them, and
 * filing the form attaches them to its claim ({@link OwnerClaims#file}). Files of forms never filed are removed after
 * a while with their content.
 */
@Service
@Transactional(readOnly = true)
public class PendingClaimFiles {

	private static final int CLEANUP_BATCH = 200;

	private final PendingClaimFileRepository pending;

	private final FileStorage files;

	private final Clock clock;

	/**
	 * The transactions of the methods that run several ({@link #keep}, {@link #removeKeptBefore}): every statement of
	 * theirs runs in one of these. A statement run in such a method's own scope would keep its connection until the
	 * method returns while the next transaction takes a second one; with as many requests as connections doing so at
	 * once, each would wait for a connection the others hold (sixteen claim forms with photos did, on eight).
	 */
	private final TransactionOperations eachFile;

	private final TransactionOperations reading;

	PendingClaimFiles(PendingClaimFileRepository pending, FileStorage files, Clock clock,
			PlatformTransactionManager transactions) {
		this.pending = pending;
		this.files = files;
		this.clock = clock;
		this.eachFile = new TransactionTemplate(transactions);
		TransactionTemplate reading = new TransactionTemplate(transactions);
		reading.setReadOnly(true);
		this.reading = reading;
	}

	/** What keeping the chosen files came to: the ones this request added, and the problems to show beside the field. */
	public record Kept(List<Long> added, List<ClaimProblem> problems) {
	}

	/** The files kept with the owner's form, in the order they were chosen. */
	public List<StoredFile> list(long ownerId, String token) {
		List<Long> ids = pending.findByOwnerIdAndSubmissionTokenOrderByIdAsc(ownerId, token)
			.stream()
			.map(PendingClaimFile::getFileId)
			.toList();
		Map<Long, StoredFile> byId = files.findAll(ids)
			.stream()
			.collect(Collectors.toMap(StoredFile::getId, Function.identity()));
		return ids.stream().map(byId::get).toList();
	}

	/**
	 * Removes the kept files the owner ticked, then keeps the newly chosen ones, each stored in a transaction of its
	 * own so a refused file (empty, too large, not a picture or PDF) costs only itself. With more than
	 * {@link OwnerClaims#MAX_PHOTOS} files in all, none of the new ones is kept.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Kept keep(long ownerId, String token, Collection<Long> remove,
			List<? extends MultipartFile> uploads) {
		if (remove != null && !remove.isEmpty()) {
			eachFile.executeWithoutResult(status -> pending.findByOwnerIdAndSubmissionTokenOrderByIdAsc(ownerId, token)
				.stream()
				.filter(kept -> remove.contains(kept.getFileId()))
				.forEach(this::discard));
		}
		List<? extends MultipartFile> chosen = uploads == null ? List.of()
				: uploads.stream().filter(FileStorage::isPresent).toList();
		List<Long> added = new ArrayList<>();
		List<ClaimProblem> problems = new ArrayList<>();
		if (!chosen.isEmpty() && reading.execute(status -> pending.countByOwnerIdAndSubmissionToken(ownerId, token))
				+ chosen.size() > OwnerClaims.MAX_PHOTOS) {
			problems.add(new ClaimProblem("photos", "claim.photos.tooMany", OwnerClaims.MAX_PHOTOS));
		}
		else {
			for (MultipartFile upload : chosen) {
				try {
					// The bytes are written before the transaction opens: a connection is held for two inserts only,
					// not while a photo of several megabytes goes to the disk.
					FileStorage.WrittenFile written = files.write(ownerId, upload);
					try {
						added.add(eachFile.execute(status -> {
							StoredFile file = files.record(written);
							pending.save(new PendingClaimFile(ownerId, token, file.getId(), clock.instant()));
							return file.getId();
						}));
					}
					catch (RuntimeException notRecorded) {
						// Unless the commit's outcome is unknown (it may have landed, record and all), the bytes go.
						if (!(notRecorded instanceof TransactionSystemException)) {
							files.forget(written);
						}
						throw notRecorded;
					}
				}
				catch (FileRejectedException ex) {
					problems.add(new ClaimProblem("photos", ex.getMessageKey(), ex.getFileName()));
				}
			}
		}
		return new Kept(added, problems);
	}

	/**
	 * How a form's one-time token is used so far, seen from the owner sending the form: the number of the claim they
	 * filed with it (null while none), and whether it is another owner's (a claim filed, or files kept with it).
	 */
	public record FormToken(String filedClaim, boolean anotherOwners) {
	}

	public FormToken use(long ownerId, String token) {
		String filed = null;
		boolean another = false;
		for (Object[] use : pending.findTokenUses(token, ownerId)) {
			if (((Number) use[1]).longValue() != ownerId) {
				another = true;
			}
			else if (use[0] != null) {
				filed = use[0].toString();
			}
		}
		return new FormToken(filed, another);
	}

	/**
	 * Takes the named files off the form's list for filing, in the order they were chosen; names that are not kept
	 * with this owner's form are left out. Runs in the filing transaction, so a filing that fails keeps them.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Long> take(long ownerId, String token, Collection<Long> fileIds) {
		if (token == null || fileIds.isEmpty()) {
			return List.of();
		}
		List<Long> taken = new ArrayList<>();
		for (PendingClaimFile kept : pending.findByOwnerIdAndSubmissionTokenOrderByIdAsc(ownerId, token)) {
			// A row another transaction removed meanwhile (the owner's other tab, the clean-up) is not filed.
			if (fileIds.contains(kept.getFileId()) && pending.deleteOne(kept.getId()) == 1) {
				taken.add(kept.getFileId());
			}
		}
		return taken;
	}

	/**
	 * Removes the files kept before the instant (forms nobody filed), rows and content, a batch at a time, each file
	 * in a transaction of its own.
	 * @return how many were removed
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public int removeKeptBefore(Instant before) {
		int removed = 0;
		List<PendingClaimFile> batch;
		do {
			batch = reading.execute(status -> pending.findByCreatedAtBeforeOrderByIdAsc(before, Limit.of(CLEANUP_BATCH)));
			for (PendingClaimFile old : batch) {
				if (Boolean.TRUE.equals(eachFile.execute(status -> discard(old)))) {
					removed++;
				}
			}
		}
		while (batch.size() == CLEANUP_BATCH);
		return removed;
	}

	/** Removes the row and then its file, unless another transaction (filing, a clean-up) took the row first. */
	private boolean discard(PendingClaimFile kept) {
		if (pending.deleteOne(kept.getId()) != 1) {
			return false;
		}
		files.discard(kept.getFileId());
		return true;
	}
}
