package com.warrantyportal.unit.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.warrantyportal.unit.SerialStatus;
import com.warrantyportal.unit.Unit;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	Optional<Unit> findByManufacturerIdAndSerialKey(Long manufacturerId, String serialKey);

	/** The unit, locked until the caller's transaction ends (SELECT … FOR UPDATE: it also sees what just committed). */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from Unit u where u.manufacturerId = :manufacturerId and u.serialKey = :serialKey")
	Optional<Unit> lockBySerial(@Param("manufacturerId") Long manufacturerId, @Param("serialKey") String serialKey);

	List<Unit> findBySerialKey(String serialKey);

	// Bulk updates for a whole manufacturer after a registry import: set-based, so a million registry lines and
	// many thousand units take one statement each. Each bumps the version of the units it changes, so a page
	// holding an older copy of a unit cannot write it back.

	/** Units of the manufacturer in one of the given statuses whose serial is not in its registry. */
	@Modifying
	@Query("update Unit u set u.serialStatus = :status, u.version = u.version + 1 "
			+ "where u.manufacturerId = :manufacturerId and u.serialStatus in :from and not exists ("
			+ "select 1 from SerialRegistryEntry r where r.manufacturerId = u.manufacturerId "
			+ "and r.serialKey = u.serialKey)")
	int setStatusWhereNotInRegistry(@Param("manufacturerId") long manufacturerId,
			@Param("from") Collection<SerialStatus> from, @Param("status") SerialStatus status);

	/** Units of the manufacturer in one of the given statuses whose registry line names their own model. */
	@Modifying
	@Query("update Unit u set u.serialStatus = :status, u.version = u.version + 1 "
			+ "where u.manufacturerId = :manufacturerId and u.serialStatus in :from and exists ("
			+ "select 1 from SerialRegistryEntry r where r.manufacturerId = u.manufacturerId "
			+ "and r.serialKey = u.serialKey and r.modelId = u.modelId)")
	int setStatusWhereRegistryModelMatches(@Param("manufacturerId") long manufacturerId,
			@Param("from") Collection<SerialStatus> from, @Param("status") SerialStatus status);

	/** Units of the manufacturer in one of the given statuses whose registry line names another model. */
	@Modifying
	@Query("update Unit u set u.serialStatus = :status, u.version = u.version + 1 "
			+ "where u.manufacturerId = :manufacturerId and u.serialStatus in :from and exists ("
			+ "select 1 from SerialRegistryEntry r where r.manufacturerId = u.manufacturerId "
			+ "and r.serialKey = u.serialKey and r.modelId <> u.modelId)")
	int setStatusWhereRegistryModelDiffers(@Param("manufacturerId") long manufacturerId,
			@Param("from") Collection<SerialStatus> from, @Param("status") SerialStatus status);

	/** Units of the manufacturer in one of the given statuses, registry or not. */
	@Modifying
	@Query("update Unit u set u.serialStatus = :status, u.version = u.version + 1 "
			+ "where u.manufacturerId = :manufacturerId and u.serialStatus in :from")
	int setStatus(@Param("manufacturerId") long manufacturerId, @Param("from") Collection<SerialStatus> from,
			@Param("status") SerialStatus status);

	/** Units of the manufacturer without a manufacture date take their registry line's, when it is of their model. */
	@Modifying
	@Query("update Unit u set u.manufactureDate = (select r.manufactureDate from SerialRegistryEntry r "
			+ "where r.manufacturerId = u.manufacturerId and r.serialKey = u.serialKey), u.version = u.version + 1 "
			+ "where u.manufacturerId = :manufacturerId and u.manufactureDate is null and exists ("
			+ "select 1 from SerialRegistryEntry r where r.manufacturerId = u.manufacturerId "
			+ "and r.serialKey = u.serialKey and r.modelId = u.modelId and r.manufactureDate is not null)")
	int fillManufactureDatesFromRegistry(@Param("manufacturerId") long manufacturerId);
}
