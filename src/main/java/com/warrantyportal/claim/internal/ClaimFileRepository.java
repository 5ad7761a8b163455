package com.warrantyportal.claim.internal;

import java.util.List;

import com.warrantyportal.claim.Claim;
import com.warrantyportal.files.StoredFile;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The reads of the staff claim page that would otherwise be one statement per entity: the claim with everything it
 * points at in one joined statement, and its attachments' files in another.
 */
public interface ClaimFileRepository extends Repository<Claim, Long> {

	/**
	 * At most one row: the claim, its registration, unit, model, manufacturer, owner, assignee (or null), proof of
	 * purchase (or null), the manufacturer's registry entry of the serial (or null, also when it keeps no registry)
	 * and the model number that entry names (or null).
	 */
	@Query("""
			select c, r, u, m, f, o, a, p, e, em.modelNumber
			from Claim c
			join com.warrantyportal.registration.Registration r on r.id = c.registrationId
			join com.warrantyportal.unit.Unit u on u.id = c.unitId
			join com.warrantyportal.catalog.ProductModel m on m.id = u.modelId
			join com.warrantyportal.catalog.Manufacturer f on f.id = m.manufacturerId
			join com.warrantyportal.account.Account o on o.id = c.ownerId
			left join com.warrantyportal.account.Account a on a.id = c.assigneeId
			left join com.warrantyportal.files.StoredFile p on p.id = r.proofFileId
			left join com.warrantyportal.unit.SerialRegistryEntry e
			  on f.keepsRegistry = true and e.manufacturerId = f.id and e.serialKey = u.serialKey
			left join com.warrantyportal.catalog.ProductModel em on em.id = e.modelId
			where c.number = :number""")
	List<Object[]> findFile(@Param("number") String number);

	/** The files attached to the claim, in the order they were attached. */
	@Query("""
			select f from com.warrantyportal.claim.ClaimAttachment a
			join com.warrantyportal.files.StoredFile f on f.id = a.fileId
			where a.claimId = :claimId
			order by a.id""")
	List<StoredFile> findAttachedFiles(@Param("claimId") long claimId);
}
