package com.warrantyportal.notification.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends JpaRepository<Notice, Long> {

	/** Newest first, a page at a time (keyset on the id: pass Long.MAX_VALUE for the first page). */
	List<Notice> findByOwnerIdAndIdLessThanOrderByIdDesc(Long ownerId, Long beforeId, Limit limit);

	@Modifying
	@Query("UPDATE Notice n SET n.readAt = :now WHERE n.ownerId = :ownerId AND n.readAt IS NULL AND n.id <= :upTo")
	int markRead(@Param("ownerId") Long ownerId, @Param("upTo") Long upTo, @Param("now") Instant now);
}
