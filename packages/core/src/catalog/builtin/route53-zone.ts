import type { TypeDefinition } from "../type-definition.ts";

export const route53ZoneType: TypeDefinition = {
  type: "route53-zone",
  title: "Route 53 zone",
  category: "dns",
  description: "A public Route 53 hosted zone with its root records (mail, SPF, DMARC, aliases).",
  fields: {
    zone_name: {
      type: "string",
      required: true,
      description: "DNS name of the zone, such as example.com (a trailing dot is allowed).",
    },
    comment: {
      type: "string",
      description: "Comment shown on the hosted zone.",
      default: "Managed by Terraform",
    },
    root_records: {
      type: "object",
      description: "Records created at the zone apex and below it.",
      default: {},
      fields: {
        MX: {
          type: "list",
          items: { type: "string" },
          description: 'MX records at the apex, such as "10 mx1.example.com.".',
        },
        TXT: {
          type: "list",
          items: { type: "string" },
          description: "TXT records at the apex, such as an SPF policy.",
        },
        TXT_CUSTOM: {
          type: "map",
          values: { type: "string" },
          description: "TXT records by name, such as _dmarc.",
        },
        CNAME: {
          type: "map",
          values: { type: "string" },
          description: "CNAME records by name, each pointing at a target host.",
        },
      },
    },
  },
  references: [],
  runtimeOutputs: ["zone_id", "zone_arn", "name_servers"],
  runtimePublishing: "component",
  notes: "The runtime path is always /iac/route53-zone/<nickname>/runtime (the prefix is ignored).",
};
