import type { TypeDefinition } from "../type-definition.ts";

export const vpcType: TypeDefinition = {
  type: "vpc",
  title: "VPC",
  category: "network",
  description:
    "A VPC with public and private subnets across availability zones, NAT, and optional SSM endpoints.",
  fields: {
    cidr: { type: "string", description: "IPv4 CIDR block of the VPC.", default: "10.42.0.0/16" },
    az_count: {
      type: "integer",
      minimum: 1,
      description: "Number of availability zones to spread subnets over.",
      default: 2,
    },
    enable_ssm_endpoints: {
      type: "boolean",
      description: "Create interface endpoints for SSM so private instances can be managed.",
      default: true,
    },
    single_nat_gateway: {
      type: "boolean",
      description: "Use one NAT gateway for all zones instead of one per zone.",
      default: true,
    },
    dhcp_domain_name: {
      type: "string",
      description: "Domain name handed out by the VPC's DHCP options.",
    },
    dhcp_domain_name_servers: {
      type: "list",
      items: { type: "string" },
      description: "DNS servers handed out by the VPC's DHCP options.",
      default: ["AmazonProvidedDNS"],
    },
    default_sg_allow_self: {
      type: "boolean",
      description: "Let members of the default security group reach each other.",
      default: false,
    },
    default_sg_extra_ingress_cidrs: {
      type: "list",
      items: { type: "string" },
      description: "Extra CIDR blocks allowed into the default security group.",
      default: [],
    },
  },
  references: [],
  runtimeOutputs: [
    "vpc_id",
    "vpc_cidr",
    "public_subnet_ids",
    "private_subnet_ids",
    "default_sg_id",
    "has_nat",
    "ssm_endpoints",
  ],
  runtimePublishing: "component",
};
