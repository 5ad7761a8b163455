package com.warrantyportal.recall.internal;

import java.util.Collection;
import java.util.List;

import com.warrantyportal.recall.RecallCampaign;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecallCampaignRepository extends JpaRepository<RecallCampaign, Long> {

	/** The open campaigns on the model, each with all its models (which {@code covers} reads), in one query. */
	@Query("""
			select distinct c from RecallCampaign c left join fetch c.modelIds
			where c.closedOn is null
			  and c.id in (select o.id from RecallCampaign o join o.modelIds m where m = :modelId)""")
	List<RecallCampaign> findOpenForModel(@Param("modelId") Long modelId);

	List<RecallCampaign> findAllByOrderByOpenedOnDescIdDesc();

	/** These campaigns, each with all its models, in one query. */
	@Query("select distinct c from RecallCampaign c left join fetch c.modelIds where c.id in :ids order by c.id")
	List<RecallCampaign> findWithModelsByIdIn(@Param("ids") Collection<Long> ids);
}
