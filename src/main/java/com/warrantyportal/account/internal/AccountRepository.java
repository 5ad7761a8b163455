package com.warrantyportal.account.internal;

import java.util.Optional;

import com.warrantyportal.account.Account;
import com.warrantyportal.account.Role;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	long countByRole(Role role);

	/** The accounts of these roles in role and e-mail order, by the (role, email) index. */
	java.util.List<Account> findByRoleInOrderByRoleAscEmailAsc(java.util.Collection<Role> roles);
}
