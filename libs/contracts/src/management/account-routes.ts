import { z } from 'zod';
import { deleteResultSchema } from '../common/delete-result.js';
import {
  emailQuerySchema,
  loginBodySchema,
  resetPasswordBodySchema,
  tokenParamsSchema,
} from '../common/security-requests.js';
import { adminSchema, adminSummarySchema } from '../model/admin.js';
import { defineRoutes } from '../routes/route-contract.js';
import { permissionGuards } from './roles.js';
import {
  createAdminBodySchema,
  deleteAdminBodySchema,
  updateAdminAccessBodySchema,
} from './super-admin.js';

/** Admin security and the super-admin's account management. */
export const managementAccountRoutes = defineRoutes([
  {
    method: 'POST',
    path: '/security/login',
    auth: 'public',
    request: { body: loginBodySchema },
    response: adminSummarySchema,
    format: 'json',
    summary: 'Log in an approved admin (raw summary; new session cookie)',
  },
  {
    method: 'GET',
    path: '/security/isLoggedIn',
    auth: 'public',
    response: z.boolean(),
    format: 'json',
    summary: 'Whether the session is logged in (bare true/false)',
  },
  {
    method: 'GET',
    path: '/security/logout',
    auth: 'public',
    response: z.string(),
    format: 'text',
    summary: "End the session (plain text); Veniqa's clients call it, refused from other sites",
  },
  {
    method: 'POST',
    path: '/security/logout',
    auth: 'public',
    response: z.string(),
    format: 'text',
    summary: 'End the session (plain text); what the shop’s own webclients send',
  },
  {
    method: 'GET',
    path: '/security/forgotPassword',
    auth: 'public',
    request: { query: emailQuerySchema },
    response: z.literal(true),
    summary: 'Send password reset instructions (same answer whether or not the e-mail exists)',
  },
  {
    method: 'GET',
    path: '/security/validatePasswordResetToken/:token',
    auth: 'public',
    request: { params: tokenParamsSchema },
    response: z.boolean(),
    summary: 'Whether a reset (or onboarding) token is valid and unexpired',
  },
  {
    method: 'POST',
    path: '/security/resetPassword',
    auth: 'public',
    request: { body: resetPasswordBodySchema },
    response: z.literal(true),
    summary: "Set a new password; ends the admin's other sessions",
  },
  {
    method: 'POST',
    path: '/superAdmin/createAdmin',
    auth: 'admin',
    permissions: permissionGuards.isSuperAdmin,
    request: { body: createAdminBodySchema },
    response: adminSummarySchema,
    summary: 'Create an admin and e-mail the 30-day onboarding link',
  },
  {
    method: 'GET',
    path: '/superAdmin/getAllAdmins',
    auth: 'admin',
    permissions: permissionGuards.isSuperAdmin,
    response: z.array(adminSchema),
    summary: 'List admins',
  },
  {
    method: 'GET',
    path: '/superAdmin/getAdminDetails',
    auth: 'admin',
    permissions: permissionGuards.isSuperAdmin,
    request: { query: emailQuerySchema },
    response: adminSchema,
    summary: 'One admin',
  },
  {
    method: 'PUT',
    path: '/superAdmin/updateAdminAccess',
    auth: 'admin',
    permissions: permissionGuards.isSuperAdmin,
    request: { body: updateAdminAccessBodySchema },
    response: adminSchema,
    summary: "Change an admin's name, permissions or approval",
  },
  {
    method: 'DELETE',
    path: '/superAdmin/deleteAdmin',
    auth: 'admin',
    permissions: permissionGuards.isSuperAdmin,
    request: { body: deleteAdminBodySchema },
    response: deleteResultSchema,
    summary: 'Delete an admin and end their sessions',
  },
]);
