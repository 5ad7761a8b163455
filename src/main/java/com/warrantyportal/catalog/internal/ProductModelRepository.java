package com.warrantyportal.catalog.internal;

import java.util.Collection;
import java.util.List;

import com.warrantyportal.catalog.ProductModel;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProductModelRepository extends JpaRepository<ProductModel, Long> {

	/*
	 * The models an owner may pick when registering (not retired), or an administrator any model (allModels), looked
	 * for in three ways: by the start of the model number (compared as a key) and by the start of the name, each a
	 * range of its own index; and, only when neither finds anything, by text anywhere in the number or the name, which
	 * reads the whole catalogue. LIKE patterns are built from escaped text (CatalogService.likePattern).
	 */

	@Query("""
			select m from ProductModel m
			where (:allModels = true or m.retiredAt is null)
			  and m.modelNumberKey >= :key and m.modelNumberKey like :pattern escape '!'
			order by m.modelNumberKey, m.id""")
	List<ProductModel> numberedFrom(@Param("allModels") boolean allModels, @Param("key") String key,
			@Param("pattern") String pattern, Limit limit);

	@Query("""
			select m from ProductModel m
			where (:allModels = true or m.retiredAt is null) and m.name like :pattern escape '!'
			order by m.name, m.id""")
	List<ProductModel> namedFrom(@Param("allModels") boolean allModels, @Param("pattern") String pattern,
			Limit limit);

	@Query("""
			select m from ProductModel m
			where (:allModels = true or m.retiredAt is null)
			  and (m.modelNumberKey like :keyPattern escape '!' or lower(m.name) like lower(:textPattern) escape '!')
			order by m.modelNumberKey, m.id""")
	List<ProductModel> containing(@Param("allModels") boolean allModels, @Param("keyPattern") String keyPattern,
			@Param("textPattern") String textPattern, Limit limit);

	/**
	 * One page of the admin list, in model number order after the given position (keyset: no OFFSET, so the last
	 * page costs what the first does). The search is a prefix of the model number (compared as a key) or of the name,
	 * both indexed.
	 */
	@Query("""
			select m from ProductModel m
			where (:manufacturerId is null or m.manufacturerId = :manufacturerId)
			  and (:status = 'ALL' or (:status = 'ACTIVE' and m.retiredAt is null)
			       or (:status = 'RETIRED' and m.retiredAt is not null))
			  and (:key = '' or m.modelNumberKey like concat(:key, '%') or m.name like concat(:text, '%'))
			  and (:afterKey is null or m.modelNumberKey > :afterKey
			       or (m.modelNumberKey = :afterKey and m.id > :afterId))
			order by m.modelNumberKey, m.id""")
	List<ProductModel> page(@Param("manufacturerId") Long manufacturerId, @Param("status") String status,
			@Param("key") String key, @Param("text") String text, @Param("afterKey") String afterKey,
			@Param("afterId") Long afterId, Limit limit);

	long countByManufacturerId(Long manufacturerId);

	java.util.Optional<ProductModel> findByManufacturerIdAndModelNumberKey(Long manufacturerId, String modelNumberKey);

	List<ProductModel> findByModelNumberKey(String modelNumberKey);

	/** Each model number key of one manufacturer with its model id: what a registry import resolves rows by. */
	@Query("select m.modelNumberKey, m.id from ProductModel m where m.manufacturerId = :manufacturerId")
	List<Object[]> numberKeysOf(@Param("manufacturerId") Long manufacturerId);

	/** The manufacturer's models among these number keys: how a catalogue import finds the models it updates. */
	List<ProductModel> findByManufacturerIdAndModelNumberKeyIn(Long manufacturerId, Collection<String> modelNumberKeys);

	/**
	 * The next models of the catalogue export after the given one, by manufacturer and model number key (the unique
	 * key's index), of one manufacturer or (null) of all.
	 */
	@Query("""
			select m from ProductModel m
			where (:manufacturerId is null or m.manufacturerId = :manufacturerId)
			  and (m.manufacturerId > :afterManufacturerId
			       or (m.manufacturerId = :afterManufacturerId and m.modelNumberKey > :afterKey))
			order by m.manufacturerId, m.modelNumberKey""")
	List<ProductModel> exportPage(@Param("manufacturerId") Long manufacturerId,
			@Param("afterManufacturerId") long afterManufacturerId, @Param("afterKey") String afterKey, Limit limit);
}
