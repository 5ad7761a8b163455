package com.warrantyportal.notification.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationSettingRepository extends JpaRepository<NotificationSetting, Long> {
}
