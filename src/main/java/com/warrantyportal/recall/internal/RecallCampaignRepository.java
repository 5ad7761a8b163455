package com.warrantyportal.recall.internal;

import java.util.List;

import com.warrantyportal.recall.RecallCampaign;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecallCampaignRepository extends JpaRepository<RecallCampaign, Long> {

	@Query("select c from RecallCampaign c join c.modelIds m where m = :modelId and c.closedOn is null")
	List<RecallCampaign> findOpenForModel(@Param("modelId") Long modelId);

	List<RecallCampaign> findAllByOrderByOpenedOnDescIdDesc();
}
