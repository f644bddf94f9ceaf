import type { TypeDefinition } from "../type-definition.ts";

export const cognitoSsoType: TypeDefinition = {
  type: "cognito-sso",
  title: "Cognito SSO",
  category: "identity",
  description:
    "A Cognito user pool with a hosted-UI domain and an OAuth client for single sign-on to web apps.",
  fields: {
    callback_hosts: {
      type: "list",
      items: { type: "string" },
      required: true,
      description: "Host names allowed as OAuth callbacks; the first also gives the logout URI.",
    },
    user_pool_name: {
      type: "string",
      description: "Name of the user pool.",
      defaultExpression: "cognito-<nickname>-pool",
    },
    client_name: {
      type: "string",
      description: "Name of the app client.",
      defaultExpression: "cognito-<nickname>-client",
    },
    domain_prefix: {
      type: "string",
      description: "Prefix of the hosted-UI domain (<prefix>.auth.<region>.amazoncognito.com).",
      defaultExpression: "cognito-<nickname>",
    },
    logout_uri: {
      type: "string",
      description: "Where users land after signing out.",
      defaultExpression: "https://<first callback host>/",
    },
    logout_urls: {
      type: "list",
      items: { type: "string" },
      description: "Sign-out URLs allowed for the client.",
      defaultExpression: "[logout_uri]",
    },
    password_min_length: {
      type: "integer",
      minimum: 6,
      maximum: 99,
      description: "Minimum password length.",
      default: 8,
    },
    require_lowercase: {
      type: "boolean",
      description: "Passwords need a lowercase letter.",
      default: true,
    },
    require_numbers: { type: "boolean", description: "Passwords need a digit.", default: true },
    require_symbols: { type: "boolean", description: "Passwords need a symbol.", default: false },
    require_uppercase: {
      type: "boolean",
      description: "Passwords need an uppercase letter.",
      default: true,
    },
    auto_verified_attributes: {
      type: "list",
      items: { type: "string", enum: ["email", "phone_number"] },
      description: "Attributes Cognito verifies automatically.",
      default: ["email"],
    },
    allowed_oauth_flows: {
      type: "list",
      items: { type: "string", enum: ["code", "implicit", "client_credentials"] },
      description: "OAuth flows the client may use.",
      default: ["code"],
    },
    allowed_oauth_scopes: {
      type: "list",
      items: { type: "string" },
      description: "OAuth scopes the client may request.",
      default: ["openid", "email", "profile"],
    },
    supported_identity_providers: {
      type: "list",
      items: { type: "string" },
      description: "Identity providers of the client, such as COGNITO.",
      default: ["COGNITO"],
    },
  },
  references: [],
  runtimeOutputs: [
    "user_pool_id",
    "user_pool_arn",
    "client_id",
    "user_pool_domain",
    "region",
    "hosted_ui_base_url",
    "logout_uri",
    "logout_url",
  ],
  runtimePublishing: "component",
};
