package com.warrantyportal.catalog.internal;

import java.util.List;
import java.util.Optional;

import com.warrantyportal.catalog.SerialFormat;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SerialFormatRepository extends JpaRepository<SerialFormat, Long> {

	/** The formats that apply to one model: its own first, then the manufacturer's formats for every model. */
	@Query("""
			select f from SerialFormat f
			where f.manufacturer.id = :manufacturerId and (f.modelId = :modelId or f.modelId is null)
			order by case when f.modelId is null then 1 else 0 end, f.position, f.id""")
	List<SerialFormat> applyingTo(@Param("manufacturerId") Long manufacturerId, @Param("modelId") Long modelId);

	@Query("select f from SerialFormat f where f.manufacturer.id = :manufacturerId order by f.position, f.id")
	List<SerialFormat> ofManufacturer(@Param("manufacturerId") Long manufacturerId);

	@Query("select f from SerialFormat f where f.id = :id and f.manufacturer.id = :manufacturerId")
	Optional<SerialFormat> findOfManufacturer(@Param("manufacturerId") Long manufacturerId, @Param("id") Long id);
}
