import type { TypeDefinition } from "../type-definition.ts";

export const emailForwardingType: TypeDefinition = {
  type: "email-forwarding",
  title: "Email forwarding",
  category: "messaging",
  description: "Forwards mail received by SES for a domain to other addresses.",
  fields: {
    domain: { type: "string", required: true, description: "Domain whose mail is forwarded." },
    forward_to_addresses: {
      type: "list",
      items: { type: "string" },
      required: true,
      description: "Addresses that receive the forwarded mail.",
    },
    from_email: {
      type: "string",
      required: true,
      description: "Sender address of the forwarded mail (verified in SES).",
    },
  },
  references: [],
  runtimeOutputs: [],
  runtimePublishing: "none",
  notes:
    "Work in progress upstream: the component reads Terraform variables rather than config JSON and publishes no runtime.",
};
