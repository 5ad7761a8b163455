package com.warrantyportal.catalog.internal;

import java.util.Collection;
import java.util.List;

import com.warrantyportal.catalog.ProductModel;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductModelRepository extends JpaRepository<ProductModel, Long> {

	@Query("""
			select m from ProductModel m
			where lower(m.modelNumber) like lower(concat('%', :text, '%'))
			   or lower(m.name) like lower(concat('%', :text, '%'))
			order by m.modelNumber""")
	List<ProductModel> search(@Param("text") String text);

	List<ProductModel> findAllByOrderByModelNumberAsc();

	java.util.Optional<ProductModel> findByManufacturerIdAndModelNumberKey(Long manufacturerId, String modelNumberKey);

	/** Each model number key of one manufacturer with its model id: what a registry import resolves rows by. */
	@Query("select m.modelNumberKey, m.id from ProductModel m where m.manufacturerId = :manufacturerId")
	List<Object[]> numberKeysOf(@Param("manufacturerId") Long manufacturerId);

	/** The manufacturer's models among these number keys: how a catalogue import finds the models it updates. */
	List<ProductModel> findByManufacturerIdAndModelNumberKeyIn(Long manufacturerId, Collection<String> modelNumberKeys);

}
