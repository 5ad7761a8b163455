package com.warrantyportal.registration.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.registration.Registration;
import com.warrantyportal.unit.SerialStatus;

import org.springframework.data.domain.Pageable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

	List<Registration> findByOwnerIdAndActiveUnitIdIsNotNullOrderByPurchaseDateDesc(Long ownerId);

	Optional<Registration> findByActiveUnitId(Long unitId);

	Optional<Registration> findByIdAndOwnerId(Long id, Long ownerId);

	long countByOwnerIdAndActiveUnitIdIsNotNull(Long ownerId);

	/** The owner's active registrations with their units, models and manufacturers, in one query. */
	@Query("""
			select new com.warrantyportal.registration.internal.RegisteredProduct(r, u, m, f)
			from Registration r, Unit u, ProductModel m, Manufacturer f
			where u.id = r.unitId and m.id = u.modelId and f.id = m.manufacturerId
			  and r.ownerId = :ownerId and r.activeUnitId is not null
			order by r.purchaseDate desc, r.id""")
	List<RegisteredProduct> findActiveProductsOf(@Param("ownerId") Long ownerId);

	/**
	 * Active registrations of units not reported stolen, with their units, models and manufacturers, in the order of
	 * the unit id after the given one (a keyset page along the unique index on active_unit_id).
	 */
	@Query("""
			select new com.warrantyportal.registration.internal.RegisteredProduct(r, u, m, f)
			from Registration r, Unit u, ProductModel m, Manufacturer f
			where u.id = r.unitId and m.id = u.modelId and f.id = m.manufacturerId
			  and r.activeUnitId > :after and u.serialStatus <> :stolen
			order by r.activeUnitId""")
	List<RegisteredProduct> findActiveAfter(@Param("after") long afterUnitId, @Param("stolen") SerialStatus stolen,
			Pageable page);

	/** One of the owner's active registrations with its unit, model and manufacturer, in one query. */
	@Query("""
			select new com.warrantyportal.registration.internal.RegisteredProduct(r, u, m, f)
			from Registration r, Unit u, ProductModel m, Manufacturer f
			where u.id = r.unitId and m.id = u.modelId and f.id = m.manufacturerId
			  and r.id = :id and r.ownerId = :ownerId and r.activeUnitId is not null""")
	Optional<RegisteredProduct> findActiveProduct(@Param("id") Long id, @Param("ownerId") Long ownerId);
}
