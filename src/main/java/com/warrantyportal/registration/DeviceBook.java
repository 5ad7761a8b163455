package com.warrantyportal.registration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.warrantyportal.files.FileKind;
import com.warrantyportal.files.FileStorage;
import com.warrantyportal.files.StoredFile;
import com.warrantyportal.registration.internal.ProductDocumentRepository;
import com.warrantyportal.registration.internal.RegistrationRepository;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The owner's device book of a product: their photo of its serial label, the PDFs they keep with it and their notes.
 * Every method takes the owner's id and reaches only their own active products; another owner's product looks exactly
 * like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class DeviceBook {

	private static final Set<FileKind> LABEL_PHOTO_KINDS = Set.of(FileKind.JPEG, FileKind.PNG);

	private static final Set<FileKind> DOCUMENT_KINDS = Set.of(FileKind.PDF);

	private final RegistrationRepository registrations;

	private final ProductDocumentRepository documents;

	private final FileStorage files;

	private final Clock clock;

	DeviceBook(RegistrationRepository registrations, ProductDocumentRepository documents, FileStorage files,
			Clock clock) {
		this.registrations = registrations;
		this.documents = documents;
		this.files = files;
		this.clock = clock;
	}

	/** What the product's device book holds, with the owner's receipt, which the product page shows beside it. */
	public record Contents(StoredFile proof, StoredFile labelPhoto, List<Document> documents, String notes) {
	}

	/** One of the owner's own documents with its file. */
	public record Document(long id, String title, StoredFile file) {
	}

	public Contents of(long ownerId, long registrationId) {
		Registration registration = ownActive(ownerId, registrationId);
		return contents(registrationId, registration.getOwnProofFileId(), registration.getLabelPhotoFileId(),
				registration.getNotes());
	}

	/** The device book of a product the owner's own query found: two statements, whatever it holds. */
	public Contents of(ProductView product) {
		return contents(product.registrationId(), product.proofFileId(), product.labelPhotoFileId(),
				product.notes());
	}

	private Contents contents(long registrationId, Long proofId, Long labelPhotoId, String notes) {
		List<ProductDocument> own = documents.findByRegistrationIdOrderByCreatedAtAscIdAsc(registrationId);
		List<Long> fileIds = new ArrayList<>(own.stream().map(ProductDocument::getFileId).toList());
		Stream.of(proofId, labelPhotoId).filter(Objects::nonNull).forEach(fileIds::add);
		Map<Long, StoredFile> stored = files.findAll(fileIds).stream()
			.collect(Collectors.toMap(StoredFile::getId, Function.identity()));
		return new Contents(proofId == null ? null : stored.get(proofId),
				labelPhotoId == null ? null : stored.get(labelPhotoId),
				own.stream().map(d -> new Document(d.getId(), d.getTitle(), stored.get(d.getFileId()))).toList(),
				notes);
	}

	/**
	 * Keeps the owner's photo of the serial label, replacing the one before.
	 * @throws com.warrantyportal.files.FileRejectedException when it is not a JPEG or PNG picture, or too large
	 */
	@Transactional
	public void attachLabelPhoto(long ownerId, long registrationId, MultipartFile photo) {
		Registration registration = ownActive(ownerId, registrationId);
		registration.attachLabelPhoto(files.store(ownerId, photo, LABEL_PHOTO_KINDS, "file.notLabelPhoto").getId());
	}

	/**
	 * Keeps a PDF with the product under the owner's title for it.
	 * @throws com.warrantyportal.files.FileRejectedException when it is not a PDF, or too large
	 */
	@Transactional
	public void addDocument(long ownerId, long registrationId, String title, MultipartFile pdf) {
		ownActive(ownerId, registrationId);
		StoredFile file = files.store(ownerId, pdf, DOCUMENT_KINDS, "file.notPdf");
		documents.save(new ProductDocument(registrationId, file.getId(), title.strip(), clock.instant()));
	}

	@Transactional
	public void removeDocument(long ownerId, long registrationId, long documentId) {
		ownActive(ownerId, registrationId);
		documents.delete(documents.findByIdAndRegistrationId(documentId, registrationId)
			.orElseThrow(ProductNotFoundException::new));
	}

	/**
	 * Saves the owner's notes, unless the product changed since the owner loaded it (another window, another device).
	 * @throws ObjectOptimisticLockingFailureException when {@code expectedVersion} is no longer current
	 */
	@Transactional
	public void writeNotes(long ownerId, long registrationId, long expectedVersion, String notes) {
		Registration registration = ownActive(ownerId, registrationId);
		if (registration.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(Registration.class, registrationId);
		}
		registration.writeNotes(notes);
		registrations.flush();
	}

	private Registration ownActive(long ownerId, long registrationId) {
		return registrations.findByIdAndOwnerId(registrationId, ownerId)
			.filter(Registration::isActive)
			.orElseThrow(ProductNotFoundException::new);
	}
}
