package com.warrantyportal.notification.web;

import java.util.List;

import com.warrantyportal.account.PortalUser;
import com.warrantyportal.notification.internal.NotificationSetting;
import com.warrantyportal.notification.internal.NotificationSettings;
import com.warrantyportal.notification.internal.Notice;
import com.warrantyportal.notification.internal.Notices;

import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's notifications (every notice, newest first; opening them reads them) and their mail settings. */
@Controller
@RequestMapping("/my")
class NotificationController {

	private final Notices notices;

	private final NotificationSettings settings;

	NotificationController(Notices notices, NotificationSettings settings) {
		this.notices = notices;
		this.settings = settings;
	}

	@InitBinder("settingsForm")
	void settingsFields(WebDataBinder binder) {
		binder.setAllowedFields("leadDays", "reminderMails", "claimMails", "transferMails", "version");
	}

	@GetMapping("/notifications")
	String notifications(@AuthenticationPrincipal PortalUser user,
			@RequestParam(name = "before", required = false) String before, Model model) {
		List<Notice> page = notices.open(user.getAccountId(), pageBefore(before));
		model.addAttribute("notices", page);
		model.addAttribute("next", page.size() == Notices.PAGE ? page.get(page.size() - 1).getId() : null);
		// The page just read them: the header counts none unread.
		model.addAttribute("unreadNotices", 0L);
		return "notification/notifications";
	}

	@GetMapping("/settings")
	String settingsForm(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("settingsForm", formOf(settings.of(user.getAccountId())));
		return settingsPage(model);
	}

	@PostMapping("/settings")
	String saveSettings(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute SettingsForm settingsForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!NotificationSetting.LEAD_CHOICES.containsAll(settingsForm.getLeadDays())) {
			result.rejectValue("leadDays", "settings.leadDays.unknown");
		}
		if (result.hasErrors()) {
			return settingsPage(model);
		}
		try {
			settings.save(user.getAccountId(), settingsForm.getVersion(), settingsForm.getLeadDays(),
					settingsForm.isReminderMails(), settingsForm.isClaimMails(), settingsForm.isTransferMails());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("settingsForm", formOf(settings.of(user.getAccountId())));
			model.addAttribute("problem", "settings.conflict");
			return settingsPage(model);
		}
		redirect.addFlashAttribute("message", "settings.saved");
		return "redirect:/my/settings";
	}

	/** The id the page starts before: an address edited by hand into something else shows the first page. */
	private static Long pageBefore(String before) {
		try {
			return before == null ? null : Long.valueOf(before.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String settingsPage(Model model) {
		model.addAttribute("leadChoices", NotificationSetting.LEAD_CHOICES);
		return "notification/settings";
	}

	private static SettingsForm formOf(NotificationSetting setting) {
		SettingsForm form = new SettingsForm();
		form.setLeadDays(setting.getLeadDays());
		form.setReminderMails(setting.isReminderMails());
		form.setClaimMails(setting.isClaimMails());
		form.setTransferMails(setting.isTransferMails());
		form.setVersion(setting.getVersion());
		return form;
	}
}
