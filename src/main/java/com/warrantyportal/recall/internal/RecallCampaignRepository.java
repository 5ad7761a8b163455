package com.warrantyportal.recall.internal;

import java.util.Collection;
import java.util.List;

import com.warrantyportal.recall.RecallCampaign;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecallCampaignRepository extends JpaRepository<RecallCampaign, Long> {

	@Query("select c from RecallCampaign c join c.modelIds m where m = :modelId and c.closedOn is null")
	List<RecallCampaign> findOpenForModel(@Param("modelId") Long modelId);

	List<RecallCampaign> findAllByOrderByOpenedOnDescIdDesc();

	/** The open campaigns on any of these models, each with all its models, in one query. */
	@Query("""
			select distinct c from RecallCampaign c left join fetch c.modelIds
			where c.closedOn is null
			  and c.id in (select o.id from RecallCampaign o join o.modelIds m where m in :modelIds)
			order by c.id""")
	List<RecallCampaign> findOpenForModelsWithModels(@Param("modelIds") Collection<Long> modelIds);
}
